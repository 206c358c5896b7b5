import { isJsonObject, type ParsedPackage, type Problem, type Rule, valueAtPath } from './app-package.js';
import { describeSchemaError, schemaValidator } from './schema-loader.js';

// Keys of a localisation file that are not manifest paths.
const nonManifestKeys = new Set(['$schema', 'localizationKeys']);

/**
 * Every language file named in localizationInfo is in the package, validates against the
 * localisation schema of the manifest's version, and translates only strings the manifest has:
 * a key that points nowhere is silently ignored by Teams, so the translation would never show.
 */
export const localizationRule: Rule = (pkg) => {
  const problems: Problem[] = [];
  for (const file of languageFiles(pkg.manifest)) problems.push(...languageFileProblems(pkg, file));
  return problems;
};

function languageFiles(manifest: ParsedPackage['manifest']): string[] {
  const info = manifest.localizationInfo;
  if (!isJsonObject(info)) return [];
  const files: string[] = [];
  if (typeof info.defaultLanguageFile === 'string') files.push(info.defaultLanguageFile);
  if (Array.isArray(info.additionalLanguages)) {
    for (const language of info.additionalLanguages) {
      if (isJsonObject(language) && typeof language.file === 'string') files.push(language.file);
    }
  }
  return files;
}

function languageFileProblems({ manifest, files }: ParsedPackage, fileName: string): Problem[] {
  const bytes = files.get(fileName);
  if (!bytes)
    return [
      { rule: 'localization', message: `${fileName} is named in localizationInfo but not in the package` },
    ];
  let strings: unknown;
  try {
    strings = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    return [{ rule: 'localization', message: `${fileName} is not valid JSON: ${(error as Error).message}` }];
  }
  if (!isJsonObject(strings)) return [{ rule: 'localization', message: `${fileName} must be a JSON object` }];

  const problems: Problem[] = [];
  const validate =
    typeof manifest.manifestVersion === 'string'
      ? schemaValidator(manifest.manifestVersion, 'localization')
      : undefined;
  if (validate && !validate(strings)) {
    for (const error of validate.errors ?? []) {
      problems.push({ rule: 'localization', message: `${fileName}: ${describeSchemaError(error)}` });
    }
  }
  for (const key of Object.keys(strings)) {
    if (nonManifestKeys.has(key)) continue;
    if (typeof valueAtPath(manifest, key) !== 'string') {
      problems.push({
        rule: 'localization',
        message: `${fileName}: key "${key}" has no string in the manifest to translate`,
      });
    }
  }
  return problems;
}
