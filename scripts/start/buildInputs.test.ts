import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type BuildTarget,
  clearStamp,
  forgetCompileTimes,
  hashInputs,
  staleReason,
  TARGETS,
  writeStamp,
} from './buildInputs.mjs';

const TARGET: BuildTarget = {
  name: 'tab',
  dirs: ['tab'],
  files: ['package.json', 'package-lock.json'],
  outputs: ['tab/dist/index.html'],
  stamp: 'tab/dist/.build-inputs.json',
};

let root: string;

async function put(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
}

/** A checkout whose tab was built from its current sources. */
async function builtCheckout(): Promise<string> {
  await put('package.json', '{}');
  await put('package-lock.json', '{"lockfileVersion":3}');
  await put('tab/src/main.tsx', 'render()');
  await put('tab/vite.config.ts', 'export default {}');
  await put('tab/dist/index.html', '<!doctype html>');
  const inputs = await hashInputs(TARGET, root);
  await writeStamp(TARGET, inputs, root);
  return inputs;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'taiwa-inputs-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm start’s build check', () => {
  it('trusts a build made from exactly the current sources', async () => {
    const inputs = await builtCheckout();
    expect(await staleReason(TARGET, await hashInputs(TARGET, root), root)).toBeNull();
    expect(await hashInputs(TARGET, root)).toBe(inputs);
  });

  it.each([
    ['an edited source', () => put('tab/src/main.tsx', 'render(1)')],
    ['a new source file', () => put('tab/src/extra.ts', 'export {}')],
    ['a changed config', () => put('tab/vite.config.ts', 'export default { base: "/x/" }')],
    ['a changed lock file', () => put('package-lock.json', '{"lockfileVersion":3,"x":1}')],
    [
      'a file moved to another name',
      async () => {
        await rm(path.join(root, 'tab/src/main.tsx'));
        await put('tab/src/Main.tsx', 'render()');
      },
    ],
  ])('builds again after %s', async (_what, change) => {
    await builtCheckout();
    await change();
    expect(await staleReason(TARGET, await hashInputs(TARGET, root), root)).toBe(
      'sources changed since the last build',
    );
  });

  it('ignores what no build reads: tests, installed packages, outputs', async () => {
    const inputs = await builtCheckout();
    await put('tab/src/main.test.tsx', 'it()');
    await put('tab/node_modules/x/index.js', '');
    await put('tab/dist/assets/new.js', '');
    expect(await hashInputs(TARGET, root)).toBe(inputs);
  });

  it('builds when an output is missing, there is no record, or a build was cut short', async () => {
    const inputs = await builtCheckout();
    await rm(path.join(root, 'tab/dist/index.html'));
    expect(await staleReason(TARGET, inputs, root)).toBe('tab/dist/index.html is missing');
    await put('tab/dist/index.html', '<!doctype html>');
    // start.mjs clears the record before building, so an interrupted build is never trusted.
    await clearStamp(TARGET, root);
    expect(await staleReason(TARGET, inputs, root)).toBe('no record of what the last build was made from');
  });

  it('reads every folder and config the real builds read', () => {
    expect(TARGETS.server.dirs).toEqual(expect.arrayContaining(['api', 'bot']));
    expect(TARGETS.server.files).toEqual(
      expect.arrayContaining(['package-lock.json', 'tsconfig.base.json', 'tsconfig.json']),
    );
    expect(TARGETS.tab.dirs).toContain('tab');
    expect(TARGETS.tab.files).toContain('package-lock.json');
  });

  it('makes tsc -b recompile a source that changed but kept an old modification time', async () => {
    const tsc = path.resolve(import.meta.dirname, '../../node_modules/typescript/bin/tsc');
    const build = () => promisify(execFile)(process.execPath, [tsc, '-b', root]);
    await put(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          composite: true,
          rootDir: 'src',
          outDir: 'dist',
          tsBuildInfoFile: 'dist/.tsbuildinfo',
        },
        include: ['src'],
      }),
    );
    await put('src/a.ts', 'export const a = 1;\n');
    await put('src/b.ts', 'export const b = 2;\n');
    await build();
    // Restored from an archive: new content, an old time. tsc -b alone calls the project up to date.
    await put('src/a.ts', 'export const a = 42;\n');
    await utimes(path.join(root, 'src/a.ts'), new Date('2000-01-01'), new Date('2000-01-01'));
    await build();
    expect(await readFile(path.join(root, 'dist/a.js'), 'utf8')).toContain('a = 1');

    await forgetCompileTimes(['dist/.tsbuildinfo'], root);
    await build();
    expect(await readFile(path.join(root, 'dist/a.js'), 'utf8')).toContain('a = 42');
  }, 180_000);
});
