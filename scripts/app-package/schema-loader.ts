import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both are CommonJS modules that also export themselves as `default`, which is what NodeNext types see.
const Ajv04 = ajvDraft04.default;
const addFormats = ajvFormats.default;

export type SchemaKind = 'manifest' | 'localization';

const schemaFileNames: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

// The official schemas ship inside @microsoft/app-manifest, so validation needs no network.
const teamsSchemaDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
  'json-schemas',
  'teams',
);

export function schemaPath(manifestVersion: string, kind: SchemaKind): string {
  return join(teamsSchemaDir, `v${manifestVersion}`, schemaFileNames[kind]);
}

/** The URL the published schema has; a manifest's `$schema` must name the version it declares. */
export function publishedSchemaUrl(manifestVersion: string, kind: SchemaKind): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/${schemaFileNames[kind]}`;
}

const compiled = new Map<string, ValidateFunction>();

/** A validator for the schema of a manifest version, or undefined if the package ships none. */
export function schemaValidator(manifestVersion: string, kind: SchemaKind): ValidateFunction | undefined {
  const path = schemaPath(manifestVersion, kind);
  const cached = compiled.get(path);
  if (cached) return cached;
  if (!/^\d+\.\d+$|^devPreview$/.test(manifestVersion) || !existsSync(path)) return undefined;
  const ajv = new Ajv04({
    allErrors: true,
    // The Teams schemas use keywords and types the strict mode would reject; the Agents Toolkit
    // compiles them with the same relaxation.
    strict: false,
    // The localisation schema has patterns (`\b…]`) that are invalid with the `u` flag.
    unicodeRegExp: false,
  });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
  compiled.set(path, validate);
  return validate;
}

export function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const details = Object.entries(error.params)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ');
  return `${where} ${error.message ?? 'is invalid'}${details ? ` (${details})` : ''}`;
}
