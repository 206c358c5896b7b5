import { isJsonObject, type PackageFiles, type Problem, type Rule } from './app-package.js';
import { iconRule } from './rule-icons.js';
import { localizationRule } from './rule-localization.js';
import { placeholderRule } from './rule-placeholders.js';
import { rscRule } from './rule-rsc.js';
import { schemaRule } from './rule-schema.js';
import { urlRule } from './rule-urls.js';

export const rules: readonly Rule[] = [
  schemaRule,
  placeholderRule,
  iconRule,
  urlRule,
  rscRule,
  localizationRule,
];

/** Everything that keeps a package from being installable; an empty list means it is good. */
export function validatePackage(files: PackageFiles): Problem[] {
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) return [{ rule: 'package', message: 'manifest.json is missing from the package root' }];
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8'));
  } catch (error) {
    return [{ rule: 'package', message: `manifest.json is not valid JSON: ${(error as Error).message}` }];
  }
  if (!isJsonObject(manifest)) return [{ rule: 'package', message: 'manifest.json must be a JSON object' }];
  return rules.flatMap((rule) => rule({ files, manifest }));
}
