import { FluentProvider } from '@fluentui/react-components';
import type { HostContext } from './host/context';
import { HostProvider } from './host/HostProvider';
import { useFluentTheme } from './host/theme';
import { I18nProvider } from './i18n/I18nProvider';
import type { Locale } from './i18n/messages';
import { Routes } from './Routes';
import { SessionProvider } from './session/SessionProvider';

/** Providers in dependency order: host → language → theme → session → pages. */
export function App(props: { host: HostContext; initialLocale: Locale }) {
  const theme = useFluentTheme(props.host);
  return (
    <HostProvider value={props.host}>
      <I18nProvider initialLocale={props.initialLocale}>
        <FluentProvider theme={theme.theme} data-theme={theme.name} style={{ minHeight: '100vh' }}>
          <SessionProvider>
            <Routes />
          </SessionProvider>
        </FluentProvider>
      </I18nProvider>
    </HostProvider>
  );
}
