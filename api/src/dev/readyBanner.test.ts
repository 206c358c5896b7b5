import { describe, expect, it } from 'vitest';
import { readyBanner } from './readyBanner.js';

describe('the ready banner', () => {
  it('says where Taiwa is, how long it took, and who to sign in as', () => {
    const banner = readyBanner('http://localhost:3978', 4.24);
    expect(banner).toContain('Taiwa is ready at http://localhost:3978  (started in 4.2 s)');
    expect(banner).toContain('http://localhost:3978/meeting');
    for (const name of ['田中 健太', '佐藤 美咲', '山本 翔']) expect(banner).toContain(name);
  });
});
