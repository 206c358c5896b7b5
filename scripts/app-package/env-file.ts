import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Parses a dotenv file the way the Agents Toolkit writes and reads them: KEY=VALUE lines, `#` comments,
 * optional single or double quotes, an optional `export ` prefix.
 */
export function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    values.set(key, unquote(rest));
  }
  return values;
}

function unquote(rest: string): string {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    if (end > 0) {
      const inner = rest.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, '\n').replace(/\\"/g, '"') : inner;
    }
  }
  // An unquoted value ends at an inline comment, which dotenv requires to follow whitespace.
  return rest.replace(/\s+#.*$/, '').trim();
}

export interface LoadedEnvironment {
  values: Record<string, string>;
  /** The env files that existed and were read, in the order they were applied. */
  files: string[];
}

/**
 * The variables an environment resolves with: `env/.env.<name>`, then the gitignored
 * `env/.env.<name>.user` (where secrets live), then the process environment, which wins,
 * as it does in the Agents Toolkit. Empty values count as unset so that an empty line in a
 * template cannot hide a missing value.
 */
export function loadEnvironment(
  dir: string,
  envName: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): LoadedEnvironment {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) {
    throw new Error(`Invalid environment name "${envName}": use letters, digits, "-" or "_"`);
  }
  const envFile = join(dir, `.env.${envName}`);
  if (!existsSync(envFile)) {
    throw new Error(`No env file for environment "${envName}": ${envFile} does not exist`);
  }
  const values: Record<string, string> = {};
  const files: string[] = [];
  for (const file of [envFile, `${envFile}.user`]) {
    if (!existsSync(file)) continue;
    files.push(file);
    for (const [key, value] of parseEnvFile(readFileSync(file, 'utf8'))) {
      if (value !== '') values[key] = value;
    }
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined && value !== '') values[key] = value;
  }
  values.TEAMSFX_ENV = envName;
  return { values, files };
}
