// Fluent's teamsLightTheme, computed at build time (tab/vitePlugins/fluentTheme.ts).
import { theme as teamsLightTheme } from 'virtual:fluent-theme/light';
import type { Theme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type HostContext, type HostTheme, toHostTheme } from './context';
import { teamsSdk } from './teams';

export type ThemeName = 'light' | 'dark' | 'contrast';

// Light ships in the first download (most hosts and browsers are light); dark and high contrast
// load when first needed, so the meeting side panel does not download three colour schemes.
const loaded: Partial<Record<ThemeName, Theme>> = { light: teamsLightTheme };
const loaders: Record<ThemeName, () => Promise<Theme>> = {
  light: async () => teamsLightTheme,
  dark: () => import('./themes/dark').then((m) => m.theme),
  contrast: () => import('./themes/contrast').then((m) => m.theme),
};

/** The Fluent theme for `name`, fetching its chunk the first time. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  const theme = loaded[name] ?? (await loaders[name]());
  loaded[name] = theme;
  return theme;
}

function systemTheme(): ThemeName {
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme the first paint uses: the host's, else the operating system's. */
export function initialThemeName(host: HostContext): ThemeName {
  return host.theme ?? systemTheme();
}

/**
 * The theme to render: the host's theme when inside a host (and its later changes), otherwise the
 * operating system's colour scheme (and its later changes).
 */
export function useThemeName(host: HostContext): ThemeName {
  const [hostTheme, setHostTheme] = useState<HostTheme>(host.theme);
  const [system, setSystem] = useState<ThemeName>(systemTheme);

  useEffect(() => {
    if (!host.inHost) return;
    // teams-js keeps a single handler; registering again replaces it, so no cleanup is needed.
    teamsSdk().app.registerOnThemeChangeHandler((theme) => setHostTheme(toHostTheme(theme)));
  }, [host.inHost]);

  useEffect(() => {
    const queries = [
      window.matchMedia('(prefers-color-scheme: dark)'),
      window.matchMedia('(forced-colors: active)'),
    ];
    const update = () => setSystem(systemTheme());
    for (const q of queries) q.addEventListener('change', update);
    return () => {
      for (const q of queries) q.removeEventListener('change', update);
    };
  }, []);

  return hostTheme ?? system;
}

/**
 * The theme actually rendered and its name: the wanted one once its chunk is in (main.tsx loads
 * the first one before rendering), the previous one for the moment a switch takes.
 */
export function useFluentTheme(host: HostContext): { name: ThemeName; theme: Theme } {
  const wanted = useThemeName(host);
  const [shown, setShown] = useState<{ name: ThemeName; theme: Theme }>(() => {
    const theme = loaded[wanted];
    return theme ? { name: wanted, theme } : { name: 'light', theme: teamsLightTheme };
  });

  useEffect(() => {
    if (shown.name === wanted) return;
    let current = true;
    loadTheme(wanted).then(
      (theme) => {
        if (current) setShown({ name: wanted, theme });
      },
      (error: unknown) => console.warn(`Taiwa: could not load the ${wanted} theme`, error),
    );
    return () => {
      current = false;
    };
  }, [wanted, shown.name]);

  return shown;
}
