import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Stage {
  from: string;
  name: string | undefined;
  instructions: string[];
}

/** The Dockerfile as stages of instructions, continuation lines joined and comments dropped. */
function stagesOf(text: string): Stage[] {
  const instructions = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(instruction);
    if (from) stages.push({ from: from[1] as string, name: from[2], instructions: [] });
    else stages.at(-1)?.instructions.push(instruction.replace(/\s+/g, ' '));
  }
  return stages;
}

const repoRoot = join(import.meta.dirname, '..');
const stages = stagesOf(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1) as Stage;
const runtimeLines = (keyword: string) =>
  runtime.instructions.filter((line) => line.startsWith(`${keyword} `));

describe('Dockerfile', () => {
  it('builds in one stage and runs from another, both on node:22-slim', () => {
    expect(stages.map((stage) => stage.from)).toEqual(['node:22-slim', 'node:22-slim']);
    expect(stages[0]?.instructions).toEqual(
      expect.arrayContaining(['RUN npm ci --no-audit --no-fund', 'RUN npm run build']),
    );
  });

  it('installs only production dependencies in the final stage', () => {
    const installs = runtimeLines('RUN').filter((line) => line.includes('npm '));
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(/npm ci --omit=dev/);
    // Nothing built with dev dependencies may be carried over wholesale.
    for (const copy of runtimeLines('COPY').filter((line) => line.includes('--from='))) {
      expect(copy).not.toMatch(/node_modules/);
      expect(copy).toMatch(/^COPY --from=build \/app\/(api|bot|tab)\/dist (api|bot|tab)\/dist$/);
    }
    expect(runtimeLines('COPY').filter((line) => line.includes('--from='))).toHaveLength(3);
  });

  it('runs as a non-root user', () => {
    const users = runtimeLines('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^USER (root|0)(:|$)/);
  });

  it('checks /healthz on 127.0.0.1:$PORT with node, since the slim image has no curl', () => {
    const [healthcheck] = runtimeLines('HEALTHCHECK');
    expect(healthcheck).toContain('CMD node -e');
    expect(healthcheck).toContain('http://127.0.0.1:${PORT}/healthz');
    expect(healthcheck).not.toMatch(/curl|wget/);
  });

  it('listens on all interfaces in entra mode and starts the api', () => {
    const env = runtimeLines('ENV').join(' ');
    expect(env).toContain('HOST=0.0.0.0');
    expect(env).toContain('AUTH_MODE=entra');
    expect(runtimeLines('CMD')).toEqual(['CMD ["node", "api/dist/main.js"]']);
  });

  it('keeps node_modules, build output and secrets out of the build context', () => {
    const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split(/\r?\n/);
    expect(ignored).toEqual(
      expect.arrayContaining(['**/node_modules', '**/dist', 'env/.env.*.user', '.git']),
    );
  });
});
