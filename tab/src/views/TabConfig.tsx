import { MessageBar, MessageBarBody, makeStyles, Text, Title2, tokens } from '@fluentui/react-components';
import type { pages } from '@microsoft/teams-js';
import { useEffect } from 'react';
import { useHost } from '../host/HostProvider';
import { loadTeamsLater } from '../host/teams';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { AppLink } from '../router/AppLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
});

/** What Teams stores for the configurable meeting tab; the meeting view resolves its 1on1 itself. */
export function meetingTabConfig(origin: string): pages.InstanceConfig {
  return {
    contentUrl: `${origin}/meeting`,
    websiteUrl: `${origin}/`,
    entityId: 'taiwa-meeting',
    suggestedDisplayName: 'Taiwa',
  };
}

/** The configuration page Teams shows when Taiwa is added to a meeting or chat. */
export function TabConfig() {
  const styles = useStyles();
  const { t } = useT();
  const host = useHost();
  useNotifyReady();

  useEffect(() => {
    if (!host.inHost) return;
    let current = true;
    loadTeamsLater().then(
      ({ pages }) => {
        if (!current || !pages.config.isSupported()) return;
        pages.config.registerOnSaveHandler((event) => {
          pages.config
            .setConfig(meetingTabConfig(window.location.origin))
            .then(() => event.notifySuccess())
            .catch((error: unknown) =>
              event.notifyFailure(error instanceof Error ? error.message : String(error)),
            );
        });
        // Nothing to choose: the tab is always the same Taiwa meeting view, so Save is enabled at once.
        pages.config.setValidityState(true);
      },
      (error: unknown) => console.warn('Taiwa: could not load the Teams configuration API', error),
    );
    return () => {
      current = false;
    };
  }, [host.inHost]);

  return (
    <section className={styles.root} aria-labelledby="config-title" data-testid="tab-config">
      <Title2 as="h1" id="config-title">
        {t('config.title')}
      </Title2>
      {host.inHost ? (
        <Text>{t('config.body')}</Text>
      ) : (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{t('config.outsideTeams')}</MessageBarBody>
          </MessageBar>
          <AppLink to="/">{t('config.home')}</AppLink>
        </>
      )}
    </section>
  );
}
