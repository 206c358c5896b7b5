import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { type HostContext, type HostTheme, toHostTheme } from './context';
import { teamsSdk } from './teams';

export type ThemeName = 'light' | 'dark' | 'contrast';

export const fluentThemes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

function systemTheme(): ThemeName {
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
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
