import type { Problem, Rule } from './app-package.js';
import { describeSchemaError, publishedSchemaUrl, schemaValidator } from './schema-loader.js';

/** The manifest against the official JSON schema of the version it declares. */
export const schemaRule: Rule = ({ manifest }) => {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') {
    return [{ rule: 'schema', message: 'manifestVersion is missing, so no schema can be chosen' }];
  }
  const validate = schemaValidator(version, 'manifest');
  if (!validate) {
    return [
      { rule: 'schema', message: `@microsoft/app-manifest ships no schema for manifestVersion ${version}` },
    ];
  }
  const problems: Problem[] = [];
  const expectedUrl = publishedSchemaUrl(version, 'manifest');
  if (manifest.$schema !== expectedUrl) {
    problems.push({
      rule: 'schema',
      message: `$schema must be ${expectedUrl} for manifestVersion ${version}`,
    });
  }
  if (!validate(manifest)) {
    for (const error of validate.errors ?? [])
      problems.push({ rule: 'schema', message: describeSchemaError(error) });
  }
  return problems;
};
