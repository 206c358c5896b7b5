import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the packaging tool finds its inputs and writes its outputs, relative to the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const appPackageDir = join(repoRoot, 'appPackage');
export const envDir = join(repoRoot, 'env');

export function packageZipPath(outputDir: string, envName: string): string {
  return join(outputDir, `appPackage.${envName}.zip`);
}

export function resolvedManifestPath(outputDir: string, envName: string): string {
  return join(outputDir, `manifest.${envName}.json`);
}
