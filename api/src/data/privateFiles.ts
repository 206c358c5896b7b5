import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Owner only: memo text and the dev signing key live under DATA_DIR. */
export const PRIVATE_DIRECTORY_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** For everything the process creates from start-up on: no group or other bits. */
export const PRIVATE_UMASK = 0o077;

const isNotOwner = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';

/**
 * Creates `dir` (and its parents) for the owner only, and closes an existing one to others. A folder
 * that belongs to another account (a volume mounted for the container) keeps the mode its owner
 * chose; what Taiwa writes inside it is still private.
 */
export async function makePrivateDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  await chmod(dir, PRIVATE_DIRECTORY_MODE).catch((error: unknown) => {
    if (!isNotOwner(error)) throw error;
  });
}

/**
 * Takes group and other permissions off everything under `root` (files and folders; links are
 * left alone). Installations from before this rule had 0666 files with memo text in them, and
 * PGlite's initdb still writes its files with explicit modes that ignore the umask. Returns how
 * many entries it changed.
 */
export async function closeToOthers(root: string): Promise<number> {
  let changed = 0;
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) pending.push(full);
      const { mode } = await lstat(full);
      if ((mode & 0o077) === 0) continue;
      try {
        await chmod(full, mode & 0o700);
        changed++;
      } catch (error) {
        if (!isNotOwner(error)) throw error;
      }
    }
  }
  return changed;
}
