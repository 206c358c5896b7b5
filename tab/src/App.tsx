import { FluentProvider } from '@fluentui/react-components';
import type { HostContext } from './host/context';
import { HostProvider } from './host/HostProvider';
import { fluentThemes, useThemeName } from './host/theme';
import { I18nProvider } from './i18n/I18nProvider';
import type { Locale } from './i18n/messages';
import { Routes } from './Routes';
import { SessionProvider } from './session/SessionProvider';

/** Providers in dependency order: host → language → theme → session → pages. */
export function App(props: { host: HostContext; initialLocale: Locale }) {
  const themeName = useThemeName(props.host);
  return (
    <HostProvider value={props.host}>
      <I18nProvider initialLocale={props.initialLocale}>
        <FluentProvider theme={fluentThemes[themeName]} data-theme={themeName} style={{ minHeight: '100vh' }}>
          <SessionProvider>
            <Routes />
          </SessionProvider>
        </FluentProvider>
      </I18nProvider>
    </HostProvider>
  );
}
