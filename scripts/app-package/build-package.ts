import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Problem } from './app-package.js';
import { assemblePackage } from './assemble-package.js';
import { loadEnvironment } from './env-file.js';
import { packageZipPath, resolvedManifestPath } from './paths.js';
import { validatePackage } from './validate-package.js';
import { readZip } from './zip-reader.js';
import { createZip } from './zip-writer.js';

export interface BuildOptions {
  envName: string;
  sourceDir: string;
  envDir: string;
  outputDir: string;
  processEnv?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  zipPath: string;
  envFiles: string[];
  fileNames: string[];
  problems: Problem[];
}

/**
 * Resolves the manifest for one environment, writes `appPackage.<env>.zip`, reads it back and
 * validates what was written. A package with problems is deleted again, so no one uploads it.
 */
export async function buildPackage(options: BuildOptions): Promise<BuildResult> {
  const { values, files: envFiles } = loadEnvironment(options.envDir, options.envName, options.processEnv);
  const assembled = assemblePackage(options.sourceDir, values);
  const zipPath = packageZipPath(options.outputDir, options.envName);

  mkdirSync(options.outputDir, { recursive: true });
  const manifest = assembled.files.get('manifest.json');
  if (manifest) writeFileSync(resolvedManifestPath(options.outputDir, options.envName), manifest);
  writeFileSync(zipPath, await createZip(assembled.files));

  const written = readZip(readFileSync(zipPath));
  const problems = [...assembled.problems, ...validatePackage(written)];
  if (problems.length > 0) rmSync(zipPath, { force: true });
  return { zipPath, envFiles, fileNames: [...written.keys()].sort(), problems };
}
