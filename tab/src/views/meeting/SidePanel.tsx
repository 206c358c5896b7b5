import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { goesLive } from '../../api/meetingWindow';
import type { Catalog } from '../../api/types';
import { ProgressRing } from '../../components/ProgressRing';
import { StatusPill } from '../../components/StatusPill';
import { useHost } from '../../host/HostProvider';
import { meetingText } from '../../i18n/meeting';
import { useNamespace } from '../../i18n/useT';
import { useFitHints } from '../prepare/useFitHints';
import { AgendaWalk } from './components/AgendaWalk';
import { DiceCard } from './components/DiceCard';
import { MeetingHeader } from './components/MeetingHeader';
import { MemoEditor } from './components/MemoEditor';
import { SharedMemos } from './components/SharedMemos';
import { WrapUpNudge } from './components/WrapUpNudge';
import { displayedMemos } from './displayedMemos';
import type { MeetingApi } from './meetingApi';
import { canShareToStage, shareToStage, stageUrl } from './shareToStage';
import { timing } from './timing';
import type { MeetingSession } from './types';
import type { Meeting } from './useMeeting';
import { useNow } from './useNow';

// Its own chunk, like booking: the side panel's first paint stays within its budget.
const ActionItemsSection = lazy(() => import('../actionItems/ActionItemsLoader'));
const NextBooking = lazy(() => import('../booking').then((module) => ({ default: module.NextBooking })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/**
 * The meeting side panel (280 px): what the pair looks at during the call — dice talk, the agenda
 * with each expected response, shared memos, the manager's private memo, next topics, the clock
 * with its wrap-up nudge, and booking the next 1on1.
 */
export function SidePanel(props: {
  meeting: Meeting & { session: MeetingSession };
  api: MeetingApi;
  catalog: Catalog | null;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const host = useHost();
  const { meeting } = props;
  const { session } = meeting;
  const now = useNow();
  const clock = timing(now, session.scheduledStart, session.scheduledEnd);
  const me = session.myRole === 'manager' ? session.manager : session.member;
  const other = session.myRole === 'manager' ? session.member : session.manager;
  // The manager sees how well they have met each kind of request lately; members never do.
  const fit = useFitHints(session.pairId, session.myRole === 'manager');
  const ended = session.status === 'ended';
  const [shareState, setShareState] = useState<
    { status: 'idle' | 'shared' } | { status: 'failed'; reason: string }
  >({ status: 'idle' });
  // Only offered where the meeting says the app may share to its stage.
  const [stageSharing, setStageSharing] = useState(false);
  useEffect(() => {
    let current = true;
    canShareToStage(host).then((can) => {
      if (current) setStageSharing(can);
    });
    return () => {
      current = false;
    };
  }, [host]);

  // Opening the panel within the 1on1's window starts it for both (planned → live); a 1on1 days
  // ahead stays planned. The rule is the server's own (api/src/domain/meetingWindow.ts); the clock
  // ticks, so a panel left open starts the 1on1 once its window opens.
  const started = useRef(false);
  const { setStatus } = meeting;
  const due = goesLive(
    {
      status: session.status,
      scheduledStart: new Date(session.scheduledStart),
      scheduledEnd: new Date(session.scheduledEnd),
    },
    'opened',
    now,
  );
  useEffect(() => {
    if (started.current || !due) return;
    started.current = true;
    setStatus('live').catch((error: unknown) => console.warn('Taiwa: could not start the 1on1', error));
  }, [due, setStatus]);

  const memosOf = (kind: 'shared' | 'private' | 'next_topics') =>
    displayedMemos(session.memos, meeting.outbox, kind, me, session.id);
  const privateMemo = memosOf('private').find((memo) => memo.author.id === me.id);
  const nextTopics = memosOf('next_topics')[0];
  const url = stageUrl(window.location.origin, session.id);

  const share = () => {
    shareToStage(url).then(
      () => setShareState({ status: 'shared' }),
      (error: unknown) =>
        setShareState({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div className={styles.root} data-testid="side-panel" data-session-id={session.id}>
      <MeetingHeader
        otherName={other.displayName}
        status={session.status}
        timing={clock}
        connection={meeting.connection}
        pendingEdits={meeting.outbox.length}
        onEnd={() => void meeting.setStatus('ended')}
      />
      <div className={styles.actions}>
        {host.inHost ? (
          stageSharing && (
            <Button size="small" onClick={share} data-testid="share-to-stage">
              {t('meeting.shareToStage')}
            </Button>
          )
        ) : (
          // In the place of "share to stage" (and like it): a link that looks like a button.
          <Button as="a" size="small" href={url} target="_blank" rel="noopener" data-testid="open-stage">
            {t('meeting.openStage')}
          </Button>
        )}
        {shareState.status === 'shared' && <Caption1 role="status">{t('meeting.shared')}</Caption1>}
        {shareState.status === 'failed' && (
          <Caption1 role="alert">{t('meeting.shareFailed', { reason: shareState.reason })}</Caption1>
        )}
      </div>
      {ended && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('meeting.endedNote')}</MessageBarBody>
        </MessageBar>
      )}
      {!ended && clock.phase !== 'before' && (clock.phase === 'over' || clock.wrapUp) && (
        <WrapUpNudge timing={clock} />
      )}
      <DiceCard latest={session.dice.latest} catalog={props.catalog} disabled={ended} onRoll={meeting.roll} />
      <AgendaWalk
        items={session.agenda}
        readOnly={ended}
        fit={fit}
        onChange={meeting.updateAgenda}
        notes={{
          host: { sessionId: session.id, api: props.api, subscribe: meeting.subscribe },
          myRole: session.myRole,
          myName: me.displayName,
          otherName: other.displayName,
        }}
      />
      <Suspense fallback={null}>
        <ActionItemsSection session={session} subscribe={meeting.subscribe} />
      </Suspense>
      <SharedMemos
        sessionId={session.id}
        memos={memosOf('shared')}
        meId={me.id}
        meName={me.displayName}
        refusedDeletes={meeting.refusedDeletes}
        onSend={meeting.send}
        onDelete={meeting.deleteMemo}
      />
      {session.myRole === 'manager' && (
        <MemoEditor
          id="private-title"
          kind="private"
          title={t('private.title')}
          label={t('private.label')}
          hint={t('private.hint', { name: other.displayName })}
          badge={
            <StatusPill tone="important" data-testid="private-badge">
              {t('private.badge')}
            </StatusPill>
          }
          sessionId={session.id}
          memo={privateMemo}
          otherName={me.displayName}
          testId="private-memo"
          onSend={() => meeting.send('private')}
        />
      )}
      <MemoEditor
        id="next-title"
        kind="next_topics"
        title={t('next.title')}
        label={t('next.label')}
        hint={t('next.hint')}
        sessionId={session.id}
        memo={nextTopics}
        otherName={other.displayName}
        testId="next-topics"
        onSend={() => meeting.send('next_topics')}
      />
      {/* Loaded once the panel is up: booking belongs to the end of the 1on1, not to its first paint. */}
      <Suspense fallback={<ProgressRing size="tiny" label={t('meeting.loading')} hideLabel />}>
        <NextBooking sessionId={session.id} />
      </Suspense>
    </div>
  );
}
