import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/ApiError';
import { type SummaryFallbackKey, summaryText } from '../../i18n/summary';
import { useNamespace } from '../../i18n/useT';
import { useEndpoints } from '../../session/useSession';
import { withinLimit } from '../../textField/LimitedTextField';
import { SummaryConsentSwitch } from './SummaryConsentSwitch';
import { SummaryItemCard } from './SummaryItemCard';
import { SUMMARY_TEXT_LIMIT, type SummaryView, summaryEndpoints } from './summaryApi';
import { afterLiveChange, hasEdits, type Texts } from './summaryLive';
import { TalkFitHints } from './TalkFitHints';
import { useSummaryChanges } from './useSummaryChanges';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  draftButton: { alignSelf: 'flex-start' },
});

export interface SummaryPanelProps {
  sessionId: string;
  pairId: string;
  isManager: boolean;
}

const textsOf = (view: SummaryView): Texts =>
  Object.fromEntries(
    view.items.map((item) => [
      item.agendaItemId,
      { agendaItemId: item.agendaItemId, said: item.said, decisions: item.decisions, actions: item.actions },
    ]),
  );

function isSummaryView(value: unknown): value is SummaryView {
  return typeof value === 'object' && value !== null && 'items' in value && 'version' in value;
}

/** A past 1on1's summary for its pair: draft it, edit it, accept or discard it; never loses what was typed. */
export function SummaryPanel(props: SummaryPanelProps) {
  const styles = useStyles();
  const { t } = useNamespace(summaryText);
  const api = useEndpoints(summaryEndpoints);
  const [view, setView] = useState<SummaryView | null>(null);
  const [texts, setTexts] = useState<Texts>({});
  const [theirs, setTheirs] = useState<Texts | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [message, setMessage] = useState<{
    intent: 'success' | 'error' | 'warning' | 'info';
    text: string;
  } | null>(null);
  const [busy, setBusy] = useState<'draft' | 'save' | 'discard' | null>(null);
  const known = useRef({ view, texts, busy });
  known.current = { view, texts, busy };

  const show = useCallback((next: SummaryView) => {
    setView(next);
    setTexts(textsOf(next));
    setTheirs(null);
  }, []);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      show(await api.summary(props.sessionId));
    } catch (cause) {
      setLoadError(cause instanceof Error ? cause.message : String(cause));
    }
  }, [api, props.sessionId, show]);

  useEffect(() => {
    void load();
  }, [load]);

  // Live: a change made in the other window is read back. Unsaved edits are never replaced: they
  // stay in the boxes, the saved version shows under each field, and saving goes over it knowingly.
  const followChange = useCallback(async () => {
    let fresh: SummaryView;
    try {
      fresh = await api.summary(props.sessionId);
    } catch {
      return; // the next change or reconnection reads it again
    }
    const { view: shown, texts: typed, busy: writing } = known.current;
    // Our own write's answer shows it; a view not loaded yet is being loaded.
    if (shown === null || writing !== null) return;
    const outcome = afterLiveChange(shown, typed, fresh);
    if (outcome === 'show') {
      show(fresh);
      setMessage({ intent: 'info', text: t('summary.liveUpdated') });
    } else if (outcome === 'beside') {
      setView(fresh);
      setTheirs(textsOf(fresh));
      setMessage({ intent: 'warning', text: t('summary.liveChanged') });
    } else if (outcome === 'keep') {
      // Discarded meanwhile: the typed text stays on screen (with the old items) until the person decides.
      setMessage({ intent: 'warning', text: t('summary.liveDiscarded') });
    }
  }, [api, props.sessionId, show, t]);
  useSummaryChanges(props.sessionId, () => void followChange());

  if (loadError !== null) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {t('summary.loadFailed', { reason: loadError })}{' '}
          <Button size="small" onClick={() => void load()}>
            {t('summary.retry')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (view === null) {
    return <Spinner size="tiny" label={t('summary.loading')} labelPosition="after" />;
  }

  const generate = async () => {
    setBusy('draft');
    setMessage(null);
    try {
      show(await api.draft(props.sessionId));
    } catch (cause) {
      setMessage({ intent: 'error', text: cause instanceof Error ? cause.message : String(cause) });
    } finally {
      setBusy(null);
    }
  };

  const edited = view.items.map((item) => texts[item.agendaItemId] ?? item);
  const overLimit = edited.some(
    (text) =>
      !withinLimit(text.said, SUMMARY_TEXT_LIMIT) ||
      !withinLimit(text.decisions, SUMMARY_TEXT_LIMIT) ||
      !withinLimit(text.actions, SUMMARY_TEXT_LIMIT),
  );

  const save = async () => {
    if (overLimit) {
      setMessage({ intent: 'error', text: t('summary.overLimit') });
      return;
    }
    setBusy('save');
    setMessage(null);
    // The version to save over: after a conflict, the other person's, so saving again keeps this text.
    try {
      const saved = await api.accept(
        props.sessionId,
        view.version,
        edited.map(({ agendaItemId, said, decisions, actions }) => ({
          agendaItemId,
          said,
          decisions,
          actions,
        })),
      );
      show(saved);
      setMessage({ intent: 'success', text: t('summary.saved') });
    } catch (cause) {
      const current = cause instanceof ApiError ? cause.problem?.current : undefined;
      if (cause instanceof ApiError && cause.status === 409 && isSummaryView(current)) {
        // Keep what this person typed; show the other version beside it and save over it next time.
        setView(current);
        setTheirs(textsOf(current));
        setMessage({ intent: 'warning', text: t('summary.conflict') });
      } else {
        setMessage({
          intent: 'error',
          text: t('summary.failed', { reason: cause instanceof Error ? cause.message : String(cause) }),
        });
      }
    } finally {
      setBusy(null);
    }
  };

  const discard = async () => {
    setBusy('discard');
    setMessage(null);
    try {
      show(await api.discard(props.sessionId, view.version));
    } catch (cause) {
      setMessage({
        intent: 'error',
        text: t('summary.failed', { reason: cause instanceof Error ? cause.message : String(cause) }),
      });
    } finally {
      setBusy(null);
    }
  };

  const hasSummary = view.state === 'draft' || view.state === 'accepted';
  // A new draft would replace what was typed: offered only while nothing is edited.
  const edits = hasEdits(view, texts);
  const canDraft = view.transcriptAvailable && view.state !== 'accepted';
  const fallbackKey =
    view.fallback === null ? null : (`summary.fallback.${view.fallback}` as SummaryFallbackKey);

  return (
    <div className={styles.root} data-testid="summary-panel">
      <Caption1 className={styles.muted}>{t('summary.onlyPair')}</Caption1>
      <SummaryConsentSwitch
        pairId={props.pairId}
        consent={view.consent}
        onChange={(consent) => setView({ ...view, consent })}
      />
      {hasSummary ? (
        <>
          <div className={styles.header}>
            <Badge
              appearance="tint"
              color={view.state === 'accepted' ? 'success' : 'warning'}
              data-testid="summary-state"
            >
              {view.state === 'accepted' ? t('summary.stateAccepted') : t('summary.stateDraft')}
            </Badge>
            <Text size={200} className={styles.muted} data-testid="summary-source">
              {view.source === 'azure_openai' ? t('summary.sourceAi') : t('summary.sourceExtractive')}
            </Text>
          </div>
          {fallbackKey !== null && view.source === 'extractive' && (
            <Caption1 className={styles.muted} data-testid="summary-fallback">
              {t(fallbackKey)}
            </Caption1>
          )}
          <ul className={styles.list}>
            {view.items.map((item) => (
              <SummaryItemCard
                key={item.agendaItemId}
                item={item}
                text={texts[item.agendaItemId] ?? item}
                theirs={theirs?.[item.agendaItemId] ?? null}
                isManager={props.isManager}
                disabled={busy !== null}
                onChange={(text) => setTexts((all) => ({ ...all, [item.agendaItemId]: text }))}
              />
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              onClick={() => void save()}
              disabled={busy !== null}
              data-testid="summary-accept"
            >
              {busy === 'save'
                ? t('summary.saving')
                : view.state === 'accepted'
                  ? t('summary.saveEdits')
                  : t('summary.accept')}
            </Button>
            <Button onClick={() => void discard()} disabled={busy !== null} data-testid="summary-discard">
              {t('summary.discard')}
            </Button>
            {view.state === 'draft' && !edits && (
              <Button appearance="subtle" onClick={() => void generate()} disabled={busy !== null}>
                {busy === 'draft' ? t('summary.drafting') : t('summary.redraft')}
              </Button>
            )}
          </div>
        </>
      ) : (
        <>
          <Text className={styles.muted} data-testid="summary-empty">
            {!view.transcriptAvailable
              ? t('summary.noTranscript')
              : view.state === 'discarded'
                ? t('summary.discarded')
                : t('summary.none')}
          </Text>
          {props.isManager && view.transcriptAvailable && <TalkFitHints sessionId={props.sessionId} />}
          {canDraft && (
            <Button
              appearance="primary"
              onClick={() => void generate()}
              disabled={busy !== null}
              data-testid="summary-draft"
              className={styles.draftButton}
            >
              {busy === 'draft' ? t('summary.drafting') : t('summary.draft')}
            </Button>
          )}
        </>
      )}
      {message !== null && (
        <MessageBar intent={message.intent} data-testid="summary-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
