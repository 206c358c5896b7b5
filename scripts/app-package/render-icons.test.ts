import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { appPackageDir } from './paths.js';
import { renderIcon } from './render-icons.js';

const pixels = (png: Buffer) => PNG.sync.read(png);

describe('the committed icons', () => {
  it.each([
    ['color', 192],
    ['outline', 32],
  ])('%s.png is the current rendering of icons/%s.svg', (name, size) => {
    const rendered = pixels(renderIcon(readFileSync(join(appPackageDir, 'icons', `${name}.svg`), 'utf8')));
    const committed = pixels(readFileSync(join(appPackageDir, `${name}.png`)));
    expect([committed.width, committed.height]).toEqual([size, size]);
    // Compare pixels, not bytes: PNG encoders may differ in compression, never in the image.
    expect(committed.data.equals(rendered.data)).toBe(true);
  });

  it('draws the outline in white and leaves the rest transparent', () => {
    const outline = pixels(readFileSync(join(appPackageDir, 'outline.png')));
    let drawn = 0;
    for (let offset = 0; offset < outline.data.length; offset += 4) {
      if (outline.data[offset + 3] === 0) continue;
      drawn++;
      expect([...outline.data.subarray(offset, offset + 3)]).toEqual([255, 255, 255]);
    }
    // Not an empty image: the two bubbles cover a good part of the 32×32 square.
    expect(drawn).toBeGreaterThan(150);
  });
});
