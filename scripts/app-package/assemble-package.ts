import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isJsonObject, type JsonObject, type Problem } from './app-package.js';
import { resolvePlaceholders } from './placeholders.js';

export interface AssembledPackage {
  /** What goes into the zip, keyed by the name it gets there. */
  files: Map<string, Buffer>;
  /** Placeholders without a value and files the manifest names that do not exist. */
  problems: Problem[];
}

/**
 * Builds the package contents from the manifest template in `sourceDir`: resolves its
 * placeholders with `values`, then takes along every file it names (icons and language files,
 * the latter resolved too). Nothing else from the folder goes into the package.
 */
export function assemblePackage(
  sourceDir: string,
  values: Readonly<Record<string, string>>,
): AssembledPackage {
  const files = new Map<string, Buffer>();
  const problems: Problem[] = [];

  const addJson = (name: string): string | undefined => {
    const path = join(sourceDir, name);
    if (!existsSync(path)) {
      problems.push({ rule: 'package', message: `${name} does not exist in ${sourceDir}` });
      return undefined;
    }
    const { text, missing } = resolvePlaceholders(readFileSync(path, 'utf8'), values);
    for (const variable of missing) {
      problems.push({
        rule: 'placeholders',
        message: `${name} uses \${{${variable}}}, which has no value in this environment`,
      });
    }
    files.set(name, Buffer.from(text, 'utf8'));
    return text;
  };

  const manifestText = addJson('manifest.json');
  if (manifestText === undefined) return { files, problems };
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch (error) {
    problems.push({
      rule: 'package',
      message: `manifest.json is not valid JSON: ${(error as Error).message}`,
    });
    return { files, problems };
  }
  if (!isJsonObject(manifest)) return { files, problems };

  for (const name of referencedFiles(manifest)) {
    if (files.has(name)) continue;
    if (name.endsWith('.json')) {
      addJson(name);
    } else if (existsSync(join(sourceDir, name))) {
      files.set(name, readFileSync(join(sourceDir, name)));
    } else {
      problems.push({
        rule: 'package',
        message: `${name} is named in the manifest but does not exist in ${sourceDir}`,
      });
    }
  }
  return { files, problems };
}

/** The files a manifest refers to by relative path: its icons and its language files. */
export function referencedFiles(manifest: JsonObject): string[] {
  const names: unknown[] = [];
  if (isJsonObject(manifest.icons))
    names.push(manifest.icons.color, manifest.icons.outline, manifest.icons.color32x32);
  const info = manifest.localizationInfo;
  if (isJsonObject(info)) {
    names.push(info.defaultLanguageFile);
    if (Array.isArray(info.additionalLanguages)) {
      for (const language of info.additionalLanguages) if (isJsonObject(language)) names.push(language.file);
    }
  }
  return names.filter((name): name is string => typeof name === 'string' && isSafeRelativeName(name));
}

// The package is flat; a name that climbs out of the source folder must never be read.
function isSafeRelativeName(name: string): boolean {
  return name !== '' && !name.startsWith('/') && !name.split(/[\\/]/).includes('..');
}
