// Built by tab/vitePlugins/fluentTheme.ts: a Teams theme as a finished object.
declare module 'virtual:fluent-theme/*' {
  import type { Theme } from '@fluentui/react-components';
  export const theme: Theme;
}
