import path from 'node:path';
import type { Plugin } from 'vite';

/** The copy of the `debug` package teams-js bundles in its ESM build (only its telemetry uses it). */
export const TEAMS_JS_DEBUG_MODULE = ['debug', 'src', 'browser.js'].join(path.sep);
/** What teams-js' telemetry imports from it; checked against teams-js by scripts/tab-budget. */
export const TEAMS_JS_DEBUG_EXPORT = 'b';

/**
 * teams-js logs through its own copy of `debug` (with `ms` and 256 colours): 2.3 KB gzip on the
 * side panel's first paint for logs that are off unless `localStorage.debug` names them. This
 * module keeps that switch — `localStorage.debug = 'teamsJs*'` still writes teams-js' logs to the
 * console — without the package. It implements exactly what teams-js calls: `debug(namespace)`,
 * `logger.extend(name)`, `logger(...args)` and the `formatArgs` hook it wraps.
 */
export function teamsJsDebugModule(): string {
  return `
function wanted(namespace) {
  let setting = '';
  try { setting = globalThis.localStorage?.getItem('debug') ?? ''; } catch { return false; }
  return setting.split(/[\\s,]+/).some((pattern) =>
    pattern !== '' && new RegExp('^' + pattern.replace(/[.+?^\${}()|[\\]\\\\]/g, '\\\\$&').replace(/\\*/g, '.*') + '$').test(namespace));
}
function create(namespace) {
  const logger = (...args) => {
    if (!logger.enabled) return;
    args[0] = namespace + ' ' + String(args[0]);
    create.formatArgs.call(logger, args);
    console.debug(...args);
  };
  logger.namespace = namespace;
  logger.enabled = wanted(namespace);
  logger.extend = (name, delimiter = ':') => create(namespace + delimiter + name);
  logger.log = console.debug.bind(console);
  return logger;
}
create.formatArgs = function formatArgs() {};
create.enable = () => {};
create.disable = () => '';
create.enabled = wanted;
create.debug = create;
create.default = create;
export { create as ${TEAMS_JS_DEBUG_EXPORT} };
`;
}

export function teamsJsLogger(): Plugin {
  return {
    name: 'taiwa:teams-js-logger',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      const inTeamsJs = file.includes(`${path.sep}@microsoft${path.sep}teams-js${path.sep}`);
      return inTeamsJs && file.endsWith(TEAMS_JS_DEBUG_MODULE) ? teamsJsDebugModule() : null;
    },
  };
}
