import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { themeModule, tokensModule } from '../../tab/vitePlugins/fluentTheme.js';

const require = createRequire(import.meta.url);
const fluent = require('@fluentui/tokens') as {
  tokens: Record<string, string>;
  teamsLightTheme: Record<string, unknown>;
};

/** Evaluates a generated ES module the way the browser will. */
async function evaluate(source: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

describe('the build-time Fluent theme and tokens (tab/vitePlugins/fluentTheme.ts)', () => {
  it('gives every token exactly the value Fluent’s own tokens object has', async () => {
    const { tokens } = (await evaluate(tokensModule(fluent.tokens))) as { tokens: Record<string, string> };
    const names = Object.keys(fluent.tokens);
    expect(names.length).toBeGreaterThan(400);
    for (const name of names) expect(tokens[name], name).toBe(fluent.tokens[name]);
    // The few that are not `var(--name)`, e.g. z-indexes with a fallback value.
    expect(tokens.zIndexPopup).toBe('var(--zIndexPopup, 2000)');
  });

  it('ships the Teams light theme as the very object Fluent computes', async () => {
    const { theme } = await evaluate(themeModule(fluent.teamsLightTheme));
    expect(theme).toEqual(fluent.teamsLightTheme);
  });
});
