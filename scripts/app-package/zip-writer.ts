import { ZipFile } from 'yazl';
import type { PackageFiles } from './app-package.js';

// A fixed timestamp makes the same inputs produce byte-identical packages.
const fixedModificationTime = new Date('2024-01-01T00:00:00Z');

/** A zip archive with every file at its root, as Teams expects, in a stable order. */
export function createZip(files: PackageFiles): Promise<Buffer> {
  const zip = new ZipFile();
  for (const name of [...files.keys()].sort()) {
    zip.addBuffer(files.get(name) as Buffer, name, { mtime: fixedModificationTime, mode: 0o100644 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
