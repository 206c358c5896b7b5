import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type ViteManifest = Record<string, ManifestChunk>;

export function readManifest(distDir: string): ViteManifest {
  return JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as ViteManifest;
}

/**
 * The JavaScript a view needs before its first paint: the entry and everything it imports
 * statically, plus the lazily loaded modules whose source path matches `lazyFor` (the view's own
 * code, and teams-js, which a tab inside a Microsoft host loads at once) with their static imports.
 */
export function initialChunks(manifest: ViteManifest, lazyFor: readonly RegExp[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  for (const key of Object.keys(manifest)) {
    if (lazyFor.some((pattern) => pattern.test(key))) visit(key);
  }
  return [...files].filter((file) => file.endsWith('.js'));
}
