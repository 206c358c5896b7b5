// The folder `teamsapp deploy` zip-deploys to App Service: the built server and tab with their
// production dependencies, and nothing that a symlink would drag in. npm links each workspace into
// node_modules/@taiwa/* (api, bot, tab -> ../../api …); a zip that follows those links ships every
// workspace twice, sources and dev tooling included. Here no link is ever copied: @taiwa/bot (the
// only workspace the server imports by name) becomes a real package of its package.json and dist,
// the other workspace links are left out, and a link anywhere else stops the packaging.
// Plain JavaScript on purpose: it runs after `npm prune --omit=dev`, when no TypeScript runner is left.
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The server's own workspaces: what each contributes to the artifact. */
const WORKSPACES = {
  api: ['package.json', 'dist', 'node_modules'],
  bot: ['package.json', 'dist', 'node_modules'],
  tab: ['dist'],
};
/** Workspaces the server imports through node_modules/@taiwa/<name>. */
/** @type {Record<string, string[] | undefined>} */
const LINKED_AT_RUNTIME = { bot: ['package.json', 'dist'] };

/**
 * @param {string} from
 * @param {string} to
 * @param {string} root
 */
function copyTree(from, to, root) {
  const stat = lstatSync(from);
  if (stat.isSymbolicLink()) {
    const name = path.basename(from);
    const parent = path.basename(path.dirname(from));
    // node_modules/.bin holds launchers for CLIs: nothing the server runs.
    if (parent === '.bin') return;
    throw new Error(
      `refusing to ship the symlink ${path.relative(root, from)} -> ${readlinkSync(from)} (${name}); only workspace links are expected`,
    );
  }
  if (stat.isDirectory()) {
    if (path.basename(from) === '.bin' || path.basename(from) === '.cache') return;
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) copyTree(path.join(from, entry), path.join(to, entry), root);
    return;
  }
  if (stat.isFile()) {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}

/**
 * Builds `out` (default build/webapp) from a built, production-pruned checkout at `root`.
 * Returns the artifact folder.
 */
export function buildWebappArtifact(root = process.cwd(), out = path.join(root, 'build', 'webapp')) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(path.join(root, 'package.json'), path.join(out, 'package.json'));
  for (const [workspace, parts] of Object.entries(WORKSPACES)) {
    for (const part of parts) {
      const from = path.join(root, workspace, part);
      if (!existsSync(from)) {
        if (part === 'node_modules') continue;
        throw new Error(`${workspace}/${part} is missing: run npm run build first`);
      }
      copyTree(from, path.join(out, workspace, part), root);
    }
  }
  const modules = path.join(root, 'node_modules');
  for (const entry of readdirSync(modules)) {
    const from = path.join(modules, entry);
    if (entry === '@taiwa') {
      for (const workspace of readdirSync(from)) {
        const parts = LINKED_AT_RUNTIME[workspace];
        if (parts === undefined) continue;
        for (const part of parts) {
          copyTree(
            path.join(root, workspace, part),
            path.join(out, 'node_modules', '@taiwa', workspace, part),
            root,
          );
        }
      }
      continue;
    }
    if (entry === '.package-lock.json') continue;
    copyTree(from, path.join(out, 'node_modules', entry), root);
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = buildWebappArtifact(process.argv[2] ?? process.cwd(), process.argv[3]);
  process.stdout.write(`web app artifact: ${out}\n`);
}
