import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import { describe, expect, it } from 'vitest';
import { initialChunks, readManifest } from './initialChunks.js';

const DIST = path.resolve(import.meta.dirname, '../../tab/dist');
const BUDGET_KB = 150;
// What the side panel runs before it can paint in Teams: the shell (the entry and its static
// imports), the meeting view's chunk, and the part of teams-js that initialises the tab
// (src/host/teamsApi.ts; the rest of teams-js loads later through src/host/teamsLater.ts). The
// package path stays in case anything imports teams-js whole again. The meeting view's lazily
// loaded parts (the pair picker, the stage, booking) are not on this path.
const SIDE_PANEL = [
  /src\/views\/meeting\/MeetingView\.tsx$/,
  /node_modules\/@microsoft\/teams-js\//,
  /src\/host\/teamsApi\.ts$/,
];

describe('tab budget', () => {
  it(`keeps the meeting side panel’s initial JavaScript within ${BUDGET_KB} KB gzip`, async () => {
    expect(existsSync(path.join(DIST, '.vite/manifest.json')), 'build the tab first: npm run build').toBe(
      true,
    );
    const files = initialChunks(readManifest(DIST), SIDE_PANEL).map((file) => path.join(DIST, file));
    // One check over all the files: size-limit gzips each one and reports their sum.
    const results = (await sizeLimit([filePlugin], { checks: [{ files, gzip: true }] })) as Array<{
      size?: number;
    }>;
    const size = results[0]?.size ?? Number.POSITIVE_INFINITY;
    // What actually crosses the wire to a browser that accepts brotli (tab/vitePlugins/precompress.ts).
    // Files too small to be worth compressing have no .br copy and go as they are.
    const brotli = files.reduce(
      (sum, file) => sum + statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size,
      0,
    );
    console.log(
      `side panel initial JS: ${(size / 1024).toFixed(1)} KB gzip (${(brotli / 1024).toFixed(1)} KB brotli as served) in ${files.length} files (budget ${BUDGET_KB} KB gzip)`,
    );
    expect(size).toBeLessThanOrEqual(BUDGET_KB * 1024);
  });
});
