/**
 * The declarations of a Bicep file, read with regular expressions: enough to test a template's
 * shape here, where the bicep CLI is not installed. It understands the one-declaration-per-line
 * style azure.bicep is written in, not all of Bicep.
 */
export interface BicepParam {
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  /** The declaration's text up to the next top-level declaration. */
  body: string;
}

export interface BicepOutline {
  params: Map<string, BicepParam>;
  resources: BicepResource[];
  outputs: Map<string, string>;
}

export function outlineBicep(text: string): BicepOutline {
  const params = new Map<string, BicepParam>();
  const outputs = new Map<string, string>();
  const resources: BicepResource[] = [];
  const lines = text.split(/\r?\n/);
  let decorators: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.startsWith('@')) {
      decorators.push(line);
      continue;
    }
    const param = /^param (\w+) (\w+)( =)?/.exec(line);
    if (param) {
      params.set(param[1] as string, {
        type: param[2] as string,
        hasDefault: param[3] !== undefined,
        secure: decorators.some((decorator) => decorator.startsWith('@secure()')),
      });
    }
    const resource = /^resource (\w+) '([^'@]+)@([^']+)'/.exec(line);
    if (resource) {
      const end = lines.findIndex((next, at) => at > index && /^(resource|output|param|var) /.test(next));
      resources.push({
        symbol: resource[1] as string,
        type: resource[2] as string,
        apiVersion: resource[3] as string,
        body: lines.slice(index, end === -1 ? undefined : end).join('\n'),
      });
    }
    const output = /^output (\w+) (\w+)/.exec(line);
    if (output) outputs.set(output[1] as string, output[2] as string);
    if (line.trim() !== '' && !line.trim().startsWith('//')) decorators = [];
  }
  return { params, resources, outputs };
}

/** The `name: '…'` entries of the first `appSettings: [` list in a declaration. */
export function appSettingNames(body: string): string[] {
  const start = body.indexOf('appSettings: [');
  if (start === -1) return [];
  const end = body.indexOf('\n      ]', start);
  return [...body.slice(start, end).matchAll(/name: '([A-Za-z0-9_]+)'/g)].map((match) => match[1] as string);
}
