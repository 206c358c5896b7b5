import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

interface FluentTokensPackage {
  tokens: Record<string, string>;
  teamsLightTheme: object;
  teamsDarkTheme: object;
  teamsHighContrastTheme: object;
}

function fluentTokens(): FluentTokensPackage {
  return require('@fluentui/tokens') as FluentTokensPackage;
}

const THEMES = {
  light: 'teamsLightTheme',
  dark: 'teamsDarkTheme',
  contrast: 'teamsHighContrastTheme',
} as const;

const VIRTUAL_PREFIX = 'virtual:fluent-theme/';
const TOKENS_MODULE = `${path.sep}@fluentui${path.sep}tokens${path.sep}lib${path.sep}tokens.js`;

/**
 * Two build-time shortcuts for Fluent's design tokens, both producing exactly the values Fluent
 * would at run time, and taking 40 KB of JavaScript out of what every page downloads first:
 *
 * - `virtual:fluent-theme/light|dark|contrast` is the Teams theme as a finished object. Fluent
 *   computes it in the browser from its colour palettes, which then all ship with the page.
 * - `tokens` (`tokens.colorNeutralForeground1` → `'var(--colorNeutralForeground1)'`) is a 467-entry
 *   literal in Fluent; every entry but a handful is `var(--name)`, so a proxy with those few
 *   exceptions replaces it. Fluent's own components never read it (their styles are precompiled).
 *
 * tab/vitePlugins/fluentTheme.test.ts checks both against Fluent itself.
 */
export function fluentTheme(): Plugin {
  return {
    name: 'taiwa:fluent-theme',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (id.startsWith(`\0${VIRTUAL_PREFIX}`)) {
        const name = id.slice(VIRTUAL_PREFIX.length + 1) as keyof typeof THEMES;
        const exportName = THEMES[name];
        if (exportName === undefined) throw new Error(`no Fluent theme called "${name}"`);
        return themeModule(fluentTokens()[exportName]);
      }
      if (id.split('?')[0]?.endsWith(TOKENS_MODULE)) return tokensModule(fluentTokens().tokens);
      return null;
    },
  };
}

export function themeModule(theme: object): string {
  return `export const theme = ${JSON.stringify(theme)};\n`;
}

export function tokensModule(tokens: Record<string, string>): string {
  const exceptions = Object.fromEntries(
    Object.entries(tokens).filter(([name, value]) => value !== `var(--${name})`),
  );
  return [
    `const exceptions = Object.assign(Object.create(null), ${JSON.stringify(exceptions)});`,
    'export const tokens = new Proxy(exceptions, {',
    "  get: (target, name) => (typeof name === 'string' ? (target[name] ?? 'var(--' + name + ')') : undefined),",
    '});',
    '',
  ].join('\n');
}
