import { PNG } from 'pngjs';
import type { PackageFiles, Problem, Rule } from './app-package.js';

const requiredSizes = { color: 192, outline: 32, color32x32: 32 } as const;
type IconKind = keyof typeof requiredSizes;

/**
 * Icons as Teams requires them, which the schema cannot see: PNGs of exact pixel sizes, and an
 * outline icon that is white on a transparent background (Teams tints it, so any other colour or an
 * opaque pixel shows up as a smudge).
 */
export const iconRule: Rule = ({ manifest, files }) => {
  const icons = manifest.icons;
  if (typeof icons !== 'object' || icons === null) return [];
  const problems: Problem[] = [];
  for (const [kind, size] of Object.entries(requiredSizes) as [IconKind, number][]) {
    const fileName = (icons as Record<string, unknown>)[kind];
    if (typeof fileName !== 'string') continue;
    const image = decodePng(files, fileName, problems);
    if (!image) continue;
    if (image.width !== size || image.height !== size) {
      problems.push({
        rule: 'icons',
        message: `${kind} icon ${fileName} is ${image.width}×${image.height}; it must be ${size}×${size}`,
      });
    }
    if (kind === 'outline') problems.push(...outlineProblems(fileName, image));
  }
  return problems;
};

function decodePng(files: PackageFiles, fileName: string, problems: Problem[]): PNG | undefined {
  const bytes = files.get(fileName);
  if (!bytes) {
    problems.push({ rule: 'icons', message: `${fileName} is named in the manifest but not in the package` });
    return undefined;
  }
  try {
    return PNG.sync.read(bytes);
  } catch (error) {
    problems.push({
      rule: 'icons',
      message: `${fileName} is not a readable PNG: ${(error as Error).message}`,
    });
    return undefined;
  }
}

function outlineProblems(fileName: string, image: PNG): Problem[] {
  const problems: Problem[] = [];
  const { width, height, data } = image;
  const alphaAt = (x: number, y: number) => data[(y * width + x) * 4 + 3];
  const corners: [number, number][] = [
    [0, 0],
    [width - 1, 0],
    [0, height - 1],
    [width - 1, height - 1],
  ];
  if (corners.some(([x, y]) => alphaAt(x, y) !== 0)) {
    problems.push({ rule: 'icons', message: `outline icon ${fileName} must have a transparent background` });
  }
  let coloured = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const isTransparent = data[offset + 3] === 0;
    const isWhite = data[offset] === 255 && data[offset + 1] === 255 && data[offset + 2] === 255;
    if (!isTransparent && !isWhite) coloured++;
  }
  if (coloured > 0) {
    problems.push({
      rule: 'icons',
      message: `outline icon ${fileName} has ${coloured} pixels that are neither white nor fully transparent`,
    });
  }
  return problems;
}
