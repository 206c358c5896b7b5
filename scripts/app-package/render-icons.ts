import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { appPackageDir } from './paths.js';

/**
 * Renders appPackage/icons/<name>.svg to appPackage/<name>.png at the size the SVG declares
 * (192×192 for color, 32×32 for outline). The PNGs are committed; run this after editing an SVG.
 */
export function renderIcon(svg: string): Buffer {
  // Shapes only, no text: rendering must not depend on the fonts of the machine.
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

export function renderAllIcons(
  sourceDir = join(appPackageDir, 'icons'),
  outputDir = appPackageDir,
): string[] {
  const written: string[] = [];
  for (const file of readdirSync(sourceDir)
    .filter((name) => name.endsWith('.svg'))
    .sort()) {
    const target = join(outputDir, `${basename(file, '.svg')}.png`);
    writeFileSync(target, renderIcon(readFileSync(join(sourceDir, file), 'utf8')));
    written.push(target);
  }
  return written;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  for (const file of renderAllIcons()) console.log(`Rendered ${file}`);
}
