import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildWebappArtifact } from './webapp-artifact.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(root: string, file: string, text = '') {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

/** A checkout after `npm run build` and `npm prune --omit=dev`, with npm's workspace links. */
function checkout(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'taiwa-artifact-'));
  dirs.push(root);
  write(
    root,
    'package.json',
    JSON.stringify({ name: 'taiwa', type: 'module', workspaces: ['bot', 'api', 'tab'] }),
  );
  write(root, 'api/package.json', JSON.stringify({ name: '@taiwa/api', type: 'module' }));
  write(root, 'api/dist/main.js', 'import "@taiwa/bot";');
  write(root, 'api/src/main.ts', '// source');
  write(root, 'api/node_modules/kysely/package.json', JSON.stringify({ name: 'kysely', main: 'index.js' }));
  write(root, 'api/node_modules/kysely/index.js');
  const bot = { name: '@taiwa/bot', type: 'module', exports: { '.': { default: './dist/index.js' } } };
  write(root, 'bot/package.json', JSON.stringify(bot));
  write(root, 'bot/dist/index.js', 'export {};');
  write(root, 'bot/src/turn.ts', '// source');
  write(root, 'tab/package.json', JSON.stringify({ name: '@taiwa/tab' }));
  write(root, 'tab/dist/index.html', '<!doctype html>');
  write(root, 'tab/src/App.tsx', '// source');
  write(root, 'tab/node_modules/vite/package.json', '{}');
  write(root, 'node_modules/fastify/package.json', JSON.stringify({ name: 'fastify', main: 'fastify.js' }));
  write(root, 'node_modules/fastify/fastify.js');
  write(root, 'node_modules/.package-lock.json', '{}');
  mkdirSync(path.join(root, 'node_modules/.bin'));
  symlinkSync('../fastify/fastify.js', path.join(root, 'node_modules/.bin/fastify'));
  mkdirSync(path.join(root, 'node_modules/@taiwa'));
  for (const workspace of ['api', 'bot', 'tab'])
    symlinkSync(`../../${workspace}`, path.join(root, 'node_modules/@taiwa', workspace));
  return root;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) return [`LINK ${path.relative(base, full)}`];
    return stat.isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

describe('the App Service zip-deploy artifact', () => {
  it('follows no workspace link: no sources, no symlinks, the bot package shipped once as a real folder', () => {
    const root = checkout();
    const out = buildWebappArtifact(root);
    const files = walk(out).sort();
    expect(files.filter((file) => file.startsWith('LINK'))).toEqual([]);
    expect(files.filter((file) => /(^|\/)src\//.test(file))).toEqual([]);
    expect(files).toEqual(
      [
        'api/dist/main.js',
        'api/node_modules/kysely/index.js',
        'api/node_modules/kysely/package.json',
        'api/package.json',
        'bot/dist/index.js',
        'bot/package.json',
        'node_modules/@taiwa/bot/dist/index.js',
        'node_modules/@taiwa/bot/package.json',
        'node_modules/fastify/fastify.js',
        'node_modules/fastify/package.json',
        'package.json',
        'tab/dist/index.html',
      ].sort(),
    );
    // The server still finds its packages where Node looks for them.
    const require = createRequire(path.join(out, 'api/dist/main.js'));
    expect(require.resolve('@taiwa/bot')).toBe(path.join(out, 'node_modules/@taiwa/bot/dist/index.js'));
    expect(require.resolve('kysely')).toBe(path.join(out, 'api/node_modules/kysely/index.js'));
  });

  it('stops on any other symlink instead of shipping what it points at', () => {
    const root = checkout();
    symlinkSync('/etc', path.join(root, 'node_modules/surprise'));
    expect(() => buildWebappArtifact(root)).toThrow(/refusing to ship the symlink node_modules\/surprise/);
  });

  it('refuses to package an unbuilt checkout', () => {
    const root = checkout();
    rmSync(path.join(root, 'api/dist'), { recursive: true });
    expect(() => buildWebappArtifact(root)).toThrow(/api\/dist is missing/);
  });
});
