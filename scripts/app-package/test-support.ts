import { PNG } from 'pngjs';
import { isJsonObject, type JsonObject } from './app-package.js';
import { assemblePackage } from './assemble-package.js';
import { appPackageDir } from './paths.js';

/** Values like a provisioned environment would have; example GUIDs, valid in form. */
export const exampleValues: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '11111111-1111-4111-8111-111111111111',
  BOT_ID: '22222222-2222-4222-8222-222222222222',
  AAD_APP_CLIENT_ID: '33333333-3333-4333-8333-333333333333',
  TAB_DOMAIN: 'taiwa.example.com',
  TAB_ENDPOINT: 'https://taiwa.example.com',
};

/** The real appPackage/ resolved with example values: the good package the broken ones start from. */
export function goodPackageFiles(
  values: Readonly<Record<string, string>> = exampleValues,
): Map<string, Buffer> {
  const { files, problems } = assemblePackage(appPackageDir, values);
  if (problems.length > 0) throw new Error(`The good package has problems: ${JSON.stringify(problems)}`);
  return files;
}

export function readJson(files: ReadonlyMap<string, Buffer>, name: string): JsonObject {
  const parsed: unknown = JSON.parse((files.get(name) as Buffer).toString('utf8'));
  if (!isJsonObject(parsed)) throw new Error(`${name} is not an object`);
  return parsed;
}

/** A copy of the package whose JSON file `name` was changed by `edit`. */
export function withJson(
  files: ReadonlyMap<string, Buffer>,
  name: string,
  edit: (json: JsonObject) => void,
): Map<string, Buffer> {
  const json = readJson(files, name);
  edit(json);
  return new Map(files).set(name, Buffer.from(JSON.stringify(json, null, 2)));
}

/** A PNG of the given size where every pixel is `rgba`, except those `paint` returns a colour for. */
export function makePng(
  size: number,
  rgba: [number, number, number, number],
  paint?: (x: number, y: number) => [number, number, number, number] | undefined,
): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(paint?.(x, y) ?? rgba, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}
