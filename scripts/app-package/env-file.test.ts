import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvironment, parseEnvFile } from './env-file.js';

describe('parseEnvFile', () => {
  it('reads KEY=VALUE lines with comments, quotes, export prefixes and inline comments', () => {
    const parsed = parseEnvFile(
      [
        '# a comment',
        '',
        'PLAIN=value',
        'SPACED = spaced value  # trailing comment',
        'DOUBLE="quoted # not a comment"',
        "SINGLE='single'",
        'export EXPORTED=yes',
        'EMPTY=',
        'URL=https://host/path#fragment',
        'not a line',
      ].join('\r\n'),
    );
    expect(Object.fromEntries(parsed)).toEqual({
      PLAIN: 'value',
      SPACED: 'spaced value',
      DOUBLE: 'quoted # not a comment',
      SINGLE: 'single',
      EXPORTED: 'yes',
      EMPTY: '',
      URL: 'https://host/path#fragment',
    });
  });
});

describe('loadEnvironment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-env-'));
  writeFileSync(join(dir, '.env.dev'), 'FROM_FILE=file\nOVERRIDDEN=file\nSECRET_X=\nBLANK_IN_FILE=\n');
  writeFileSync(join(dir, '.env.dev.user'), 'SECRET_X=from-user-file\nOVERRIDDEN=user\n');

  it('applies .env.<name>, then .env.<name>.user, then the process environment, which wins', () => {
    const { values, files } = loadEnvironment(dir, 'dev', { OVERRIDDEN: 'process', BLANK_IN_FILE: '' });
    expect(values.FROM_FILE).toBe('file');
    expect(values.SECRET_X).toBe('from-user-file');
    expect(values.OVERRIDDEN).toBe('process');
    expect(values.TEAMSFX_ENV).toBe('dev');
    // Empty everywhere means unset, so a missing value cannot hide behind an empty line.
    expect(values).not.toHaveProperty('BLANK_IN_FILE');
    expect(files).toEqual([join(dir, '.env.dev'), join(dir, '.env.dev.user')]);
  });

  it('refuses an environment without an env file, and names that could escape the folder', () => {
    expect(() => loadEnvironment(dir, 'prod', {})).toThrow(/No env file for environment "prod"/);
    expect(() => loadEnvironment(dir, '../etc', {})).toThrow(/Invalid environment name/);
  });
});
