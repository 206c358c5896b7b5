import { describe, expect, it } from 'vitest';
import { readZip } from './zip-reader.js';
import { createZip } from './zip-writer.js';

describe('createZip and readZip', () => {
  const files = new Map([
    ['manifest.json', Buffer.from('{"x": 1}')],
    ['ja.json', Buffer.from('{"name.short": "対話"}')],
    ['color.png', Buffer.alloc(4096, 7)],
  ]);

  it('round-trips every file at the archive root', async () => {
    const read = readZip(await createZip(files));
    expect([...read.keys()].sort()).toEqual(['color.png', 'ja.json', 'manifest.json']);
    for (const [name, bytes] of files) expect(read.get(name)?.equals(bytes)).toBe(true);
  });

  it('produces byte-identical archives for the same files', async () => {
    expect((await createZip(files)).equals(await createZip(new Map([...files].reverse())))).toBe(true);
  });

  it('detects corruption and non-zip input', async () => {
    const archive = await createZip(new Map([['a.txt', Buffer.from('stored text that will be damaged')]]));
    const damaged = Buffer.from(archive);
    damaged[40] = (damaged[40] as number) ^ 0xff;
    expect(() => readZip(damaged)).toThrow(/Corrupt zip|invalid|incorrect/i);
    expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(/Not a zip archive/);
  });
});
