// @ts-check
/**
 * `npm start`: builds the server and the tab only when something they are built from changed since
 * their last build (scripts/start/buildInputs.mjs), then starts Taiwa in this process. A fresh clone
 * builds both once; a second start goes straight to the server.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  clearStamp,
  forgetCompileTimes,
  hashInputs,
  ROOT,
  staleReason,
  TARGETS,
  writeStamp,
} from './buildInputs.mjs';

/** tsc's records of the server's last compile (api/tsconfig.json, bot/tsconfig.json). */
const SERVER_BUILD_INFO = ['api/dist/.tsbuildinfo', 'bot/dist/.tsbuildinfo'];

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs an npm script with its output prefixed, so two builds running side by side stay readable.
 * @param {string} label
 * @param {string} script
 * @returns {Promise<void>}
 */
function runScript(label, script) {
  return new Promise((resolve, reject) => {
    const child = spawn(NPM, ['run', '--silent', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    /** @param {NodeJS.WriteStream} out */
    const prefixed = (out) => {
      let pending = '';
      return (/** @type {Buffer} */ chunk) => {
        pending += chunk.toString();
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) out.write(`[${label}] ${line}\n`);
      };
    };
    child.stdout.on('data', prefixed(process.stdout));
    child.stderr.on('data', prefixed(process.stderr));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${label} build failed (npm run ${script} exited with ${code})`)),
    );
  });
}

/**
 * @param {import('./buildInputs.d.mts').BuildTarget} target
 * @param {string} script
 */
async function buildIfStale(target, script) {
  const inputs = await hashInputs(target);
  const reason = await staleReason(target, inputs);
  if (reason === null) {
    process.stdout.write(`[${target.name}] up to date, not rebuilding\n`);
    return;
  }
  process.stdout.write(`[${target.name}] building: ${reason}\n`);
  const started = performance.now();
  await clearStamp(target);
  if (target.name === 'server') await forgetCompileTimes(SERVER_BUILD_INFO);
  await runScript(target.name, script);
  // The tab's build writes its own record (tab/vitePlugins/buildStamp.ts); tsc has no such hook.
  if (target.name === 'server') await writeStamp(target, inputs);
  process.stdout.write(`[${target.name}] built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

try {
  // Side by side: tsc is single-threaded, vite's bundler is not, and both wait on the disk.
  await Promise.all([buildIfStale(TARGETS.server, 'build:server'), buildIfStale(TARGETS.tab, 'build:tab')]);
} catch (error) {
  process.stderr.write(
    `\nTaiwa was not started: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}

await import(pathToFileURL(path.join(ROOT, 'api/dist/main.js')).href);
