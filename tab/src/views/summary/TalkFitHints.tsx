import { Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { FitHint } from './FitHint';
import { summaryEndpoints, type TalkFitView } from './summaryApi';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/**
 * For the manager only, while there is no summary draft: each agenda item's talk shares and the
 * private fit hint, read from the transcript without drafting anything. The server refuses this
 * to the member, so it is never asked for on their side.
 */
export function TalkFitHints(props: { sessionId: string }) {
  const styles = useStyles();
  const { t, locale } = useNamespace(summaryText);
  const api = useEndpoints(summaryEndpoints);
  const [view, setView] = useState<TalkFitView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.fit(props.sessionId).then(
      (loaded) => {
        if (current) setView(loaded);
      },
      (error: unknown) => {
        if (current) setFailed(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      current = false;
    };
  }, [api, props.sessionId]);

  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const hinted = view?.items.filter((item) => item.fit !== null) ?? [];
  return (
    <section className={styles.root} aria-labelledby={`fit-${props.sessionId}`} data-testid="talk-fit">
      <Text id={`fit-${props.sessionId}`} weight="semibold">
        {t('summary.fitSectionTitle')}
      </Text>
      <Caption1 className={styles.muted}>{t('summary.fitSectionIntro')}</Caption1>
      {view === null && failed === null && (
        <Spinner size="tiny" label={t('summary.fitLoading')} labelPosition="after" />
      )}
      {failed !== null && <Caption1 role="alert">{t('summary.fitLoadFailed', { reason: failed })}</Caption1>}
      {view !== null && hinted.length === 0 && <Caption1>{t('summary.fitNone')}</Caption1>}
      {hinted.length > 0 && (
        <ul className={styles.list}>
          {hinted.map((item) => (
            <li key={item.agendaItemId} className={styles.item} data-testid="talk-fit-item">
              <Text className={styles.title}>{item.title[locale]}</Text>
              {item.talk !== null && (
                <Caption1 className={styles.muted}>
                  {t('summary.talk', {
                    manager: percent.format(item.talk.managerShare),
                    member: percent.format(item.talk.memberShare),
                  })}
                </Caption1>
              )}
              {item.fit !== null && (
                <FitHint fit={item.fit} response={item.expectedResponse?.[locale] ?? ''} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
