// @ts-check
/**
 * What a build is made from, hashed, and the stamp a finished build leaves beside its output, so
 * `npm start` rebuilds exactly when something the build reads has changed since the last build.
 *
 * Plain JavaScript on purpose: `npm start` runs this before anything is compiled, and Node 20 cannot
 * run TypeScript by itself. Types are in buildInputs.d.mts.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Folders never read as inputs: installed packages and build outputs. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git', 'test-results']);
/** Tests are never part of a build (api/bot tsconfig excludes them; vite only bundles what index.html reaches). */
const SKIPPED_FILE = /\.test\.tsx?$/;

/** Root files every build reads: the lock file (dependency versions), the workspace list, the shared compiler settings and this logic. */
const SHARED_FILES = ['package.json', 'package-lock.json', 'scripts/start/buildInputs.mjs'];

/** @type {Record<'server' | 'tab', import('./buildInputs.d.mts').BuildTarget>} */
export const TARGETS = {
  server: {
    name: 'server',
    dirs: ['api', 'bot'],
    files: [...SHARED_FILES, 'tsconfig.base.json', 'tsconfig.json'],
    outputs: ['api/dist/main.js', 'bot/dist/index.js'],
    stamp: 'api/dist/.build-inputs.json',
  },
  tab: {
    name: 'tab',
    dirs: ['tab'],
    files: SHARED_FILES,
    outputs: ['tab/dist/index.html'],
    stamp: 'tab/dist/.build-inputs.json',
  },
};

/**
 * @param {string} root
 * @param {string} dir relative to root
 * @returns {Promise<string[]>} relative paths, `/`-separated
 */
async function listFiles(root, dir) {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
  const files = [];
  for (const entry of entries) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...(await listFiles(root, relative)));
    } else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) {
      files.push(relative);
    }
  }
  return files;
}

/**
 * A digest of every input's path and content (not its mtime: a checkout that rewrites a file with
 * the same content is no reason to build, and an edit within the same second still is).
 * @param {import('./buildInputs.d.mts').BuildTarget} target
 * @param {string} [root]
 */
export async function hashInputs(target, root = ROOT) {
  const files = [...target.files];
  for (const dir of target.dirs) files.push(...(await listFiles(root, dir)));
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    let content;
    try {
      content = await readFile(path.join(root, file));
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
      content = null;
    }
    hash.update(`${file}\0${content === null ? 'missing' : content.length}\0`);
    if (content !== null) hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * Why `target` must be built, or null when its output was built from exactly these inputs.
 * @param {import('./buildInputs.d.mts').BuildTarget} target
 * @param {string} inputs the current hashInputs(target)
 * @param {string} [root]
 */
export async function staleReason(target, inputs, root = ROOT) {
  for (const output of target.outputs) {
    try {
      await readFile(path.join(root, output));
    } catch {
      return `${output} is missing`;
    }
  }
  let stamp;
  try {
    stamp = JSON.parse(await readFile(path.join(root, target.stamp), 'utf8'));
  } catch {
    return 'no record of what the last build was made from';
  }
  return stamp?.inputs === inputs ? null : 'sources changed since the last build';
}

/**
 * Records that the output was built from `inputs` (hashed before the build started, so an edit made
 * during the build still makes the next start build again).
 * @param {import('./buildInputs.d.mts').BuildTarget} target
 * @param {string} inputs
 * @param {string} [root]
 */
export async function writeStamp(target, inputs, root = ROOT) {
  await writeFile(
    path.join(root, target.stamp),
    `${JSON.stringify({ inputs, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
}

/**
 * Forgets the last build's record, before building: a build that fails or is interrupted half way
 * must not pass for up to date.
 * @param {import('./buildInputs.d.mts').BuildTarget} target
 * @param {string} [root]
 */
export async function clearStamp(target, root = ROOT) {
  await rm(path.join(root, target.stamp), { force: true });
}

/**
 * `tsc -b` skips a project whose sources are all older than its last build, by modification time
 * alone: a source restored with its old time (`cp -p`, an archive) would keep its stale output. When
 * the hash says something changed, this makes tsc look: it then compares contents and recompiles
 * only what differs.
 * @param {readonly string[]} buildInfoFiles relative to root
 * @param {string} [root]
 */
export async function forgetCompileTimes(buildInfoFiles, root = ROOT) {
  for (const buildInfo of buildInfoFiles) {
    await utimes(path.join(root, buildInfo), 0, 0).catch(() => undefined);
  }
}
