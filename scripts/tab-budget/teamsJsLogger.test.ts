import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TEAMS_JS_DEBUG_EXPORT,
  TEAMS_JS_DEBUG_MODULE,
  teamsJsDebugModule,
} from '../../tab/vitePlugins/teamsJsLogger.js';

const require = createRequire(import.meta.url);
const teamsJsRoot = path.dirname(require.resolve('@microsoft/teams-js/package.json'));

interface Logger {
  (...args: unknown[]): void;
  enabled: boolean;
  namespace: string;
  extend(name: string): Logger;
}
interface Debug {
  (namespace: string): Logger;
  debug: Debug;
  formatArgs(this: Logger, args: unknown[]): void;
}

let imports = 0;
/** A fresh instance each time: a data: URL is imported once per distinct URL. */
async function shim(): Promise<Debug> {
  imports += 1;
  const code = `${teamsJsDebugModule()}\n// instance ${imports}\n`;
  const source = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  const module = (await import(/* @vite-ignore */ source)) as Record<string, Debug>;
  const debug = module[TEAMS_JS_DEBUG_EXPORT];
  if (debug === undefined) throw new Error('the shim does not export what teams-js imports');
  return debug;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the teams-js logger shim (tab/vitePlugins/teamsJsLogger.ts)', () => {
  it('replaces the module teams-js imports, under the name it imports', () => {
    const telemetry = readFileSync(
      path.join(teamsJsRoot, 'dist/esm/packages/teams-js/src/internal/telemetry.js'),
      'utf8',
    );
    const imported = telemetry.match(/import\{(\w+) as \w+\}from"([^"]+)"/);
    expect(imported?.[1], 'teams-js changed how it imports debug: update the shim').toBe(
      TEAMS_JS_DEBUG_EXPORT,
    );
    expect(imported?.[2]?.split('/').join(path.sep).endsWith(TEAMS_JS_DEBUG_MODULE)).toBe(true);
  });

  it('does what teams-js calls: wraps formatArgs, makes and extends loggers, silent by default', async () => {
    const debug = await shim();
    const original = debug.debug.formatArgs;
    debug.debug.formatArgs = function (this: Logger, args: unknown[]) {
      args[0] = `[wrapped] ${String(args[0])}`;
      original.call(this, args);
    };
    const console = vi.spyOn(globalThis.console, 'debug').mockImplementation(() => {});
    const logger = debug.debug('teamsJs').extend('initialize');
    expect(logger.namespace).toBe('teamsJs:initialize');
    expect(logger.enabled).toBe(false);
    logger('initializing %s', 'app');
    expect(console).not.toHaveBeenCalled();
  });

  it('still writes teams-js logs when localStorage.debug asks for them', async () => {
    vi.stubGlobal('localStorage', { getItem: (key: string) => (key === 'debug' ? 'teamsJs*' : null) });
    const debug = await shim();
    const console = vi.spyOn(globalThis.console, 'debug').mockImplementation(() => {});
    const logger = debug('teamsJs').extend('app');
    expect(logger.enabled).toBe(true);
    logger('ready in %d ms', 12);
    expect(console).toHaveBeenCalledWith('teamsJs:app ready in %d ms', 12);
    expect(debug('other').enabled).toBe(false);
  });
});
