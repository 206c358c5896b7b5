/** A Teams app package: file name → bytes, exactly what goes into the zip (or came out of it). */
export type PackageFiles = ReadonlyMap<string, Buffer>;

/** One thing that keeps a package from being installable, named by the rule that found it. */
export interface Problem {
  rule: string;
  message: string;
}

export type JsonObject = { [key: string]: unknown };

/** A package whose manifest.json has been parsed; what every validation rule looks at. */
export interface ParsedPackage {
  files: PackageFiles;
  manifest: JsonObject;
}

export type Rule = (pkg: ParsedPackage) => Problem[];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a value at a manifest path written the way localisation files and error messages write
 * them: `bots[0].commandLists[1].commands[0].title`.
 */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of path.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) return undefined;
    current = isJsonObject(current) ? current[match[1] as string] : undefined;
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) {
      current = Array.isArray(current) ? current[Number(index[1])] : undefined;
    }
  }
  return current;
}

/** Every string in a JSON value, with the path that leads to it. */
export function* stringLeaves(value: unknown, path = ''): Generator<[path: string, value: string]> {
  if (typeof value === 'string') {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* stringLeaves(item, `${path}[${index}]`);
  } else if (isJsonObject(value)) {
    for (const [key, item] of Object.entries(value)) yield* stringLeaves(item, path ? `${path}.${key}` : key);
  }
}
