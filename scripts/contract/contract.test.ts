import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILE, generateContract } from './openapiContract.js';

describe("the tab's copy of the API contract", () => {
  it('is what the server publishes today (npm run contract regenerates it)', {
    timeout: 180_000,
  }, async () => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../..', CONTRACT_FILE), 'utf8');
    const fresh = await generateContract();
    // One line per mismatch reads better than a 7,000-line diff.
    const freshLines = fresh.split('\n');
    const firstDifference = committed.split('\n').findIndex((line, index) => line !== freshLines[index]);
    expect(
      committed === fresh ? null : { firstDifferentLine: firstDifference + 1, fix: 'npm run contract' },
    ).toBeNull();
  });
});
