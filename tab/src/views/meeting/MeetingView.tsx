import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from 'react';
import type { Catalog, Role } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { useHost } from '../../host/HostProvider';
import { NotifyReady, useNotifyReady } from '../../host/useNotifyReady';
import { meetingText } from '../../i18n/meeting';
import { useNamespace } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import { type MeetingApi, useMeetingApi } from './meetingApi';
import { SidePanel } from './SidePanel';
import type { Resolution, MeetingSession as SessionDetail } from './types';
import { useMeeting } from './useMeeting';

// The side panel paints without these: picking a pair happens once per meeting, and the stage is
// another surface. Each loads when shown (the stage's as soon as the view knows it is the stage).
const loadPairPicker = () => import('./PairPicker');
const loadStage = () => import('./Stage');
const PairPicker = lazy(() => loadPairPicker().then((m) => ({ default: m.PairPicker })));
const BrowserPicker = lazy(() => import('./BrowserPicker').then((m) => ({ default: m.BrowserPicker })));
const Stage = lazy(() => loadStage().then((m) => ({ default: m.Stage })));

/** A lazily loaded part of the view, with the host told it is ready only once that part is shown. */
function WhenLoaded(props: { label: string; children: ReactNode }) {
  return (
    <Suspense fallback={<LoadingState label={props.label} testId="meeting-part-loading" />}>
      <NotifyReady />
      {props.children}
    </Suspense>
  );
}

type Finding =
  | { state: 'finding' }
  | { state: 'error'; error: unknown }
  | Exclude<Resolution, { state: 'resolved' }>
  | { state: 'browser' };

/**
 * /meeting and /meeting/stage. Inside a Teams meeting the tab finds its 1on1 from the meeting chat;
 * in a plain browser (dev mode) the user picks the pair, or `?session=` names the session. The
 * frame context chooses the surface: the 280 px side panel or the shared stage.
 */
export function MeetingView(props: { surface: 'auto' | 'stage' }) {
  const host = useHost();
  const api = useMeetingApi();
  const shared = useApi();
  const { t } = useNamespace(meetingText);
  // Asked for beside the meeting's resolution rather than after it: only the die needs it.
  const catalog = useLoad((signal) => shared.catalog(signal), [shared]);
  const stage = props.surface === 'stage' || host.frameContext === 'meetingStage';
  const [sessionId, setSessionId] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).get('session'),
  );
  const [finding, setFinding] = useState<Finding>({ state: 'finding' });
  // What the resolution already said of the session, so it is not asked for twice.
  const [resolvedDetail, setResolvedDetail] = useState<SessionDetail | null>(null);
  const openResolved = useCallback((resolution: Extract<Resolution, { state: 'resolved' }>) => {
    setResolvedDetail(resolution.detail);
    setSessionId(resolution.session.id);
  }, []);
  const chatId = host.chatId;
  const meetingId = host.meetingId ?? undefined;

  useEffect(() => {
    // Fetch the stage's code while the session loads, not after.
    if (stage) void loadStage();
  }, [stage]);

  useEffect(() => {
    if (sessionId !== null) return;
    if (chatId === null) {
      setFinding({ state: 'browser' });
      return;
    }
    const controller = new AbortController();
    api.resolve({ chatId, meetingId }, controller.signal).then(
      (resolution) => {
        if (resolution.state === 'resolved') openResolved(resolution);
        else setFinding(resolution);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFinding({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, chatId, meetingId, sessionId, openResolved]);

  // Pickers tell the host themselves once their code is in (WhenLoaded).
  useNotifyReady(sessionId === null && (finding.state === 'error' || finding.state === 'not_one_on_one'));

  if (sessionId !== null)
    return (
      <MeetingSession
        api={api}
        sessionId={sessionId}
        stage={stage}
        initial={resolvedDetail}
        catalog={catalog.status === 'done' ? catalog.data : null}
      />
    );
  switch (finding.state) {
    case 'finding':
      return <LoadingState label={t('meeting.loading')} testId="meeting-finding" />;
    case 'error':
      return <ErrorState error={finding.error} />;
    case 'not_one_on_one':
      return (
        <MessageBar intent="info" layout="multiline" data-testid="not-one-on-one">
          <MessageBarBody>
            <MessageBarTitle>{t('meeting.notOneOnOne.title')}</MessageBarTitle>
            {t('meeting.notOneOnOne.body')}
          </MessageBarBody>
        </MessageBar>
      );
    case 'needs_pair': {
      const link = async (body: { pairId: string } | { otherUserId: string; myRole: Role }) => {
        const resolution = await api.link({
          chatId: chatId ?? '',
          ...(meetingId === undefined ? {} : { meetingId }),
          ...body,
        });
        if (resolution.state === 'resolved') openResolved(resolution);
        else setFinding(resolution);
      };
      return (
        <WhenLoaded label={t('meeting.loading')}>
          <PairPicker
            candidates={finding.candidates}
            inMeeting
            meId={null}
            onPick={(pairId) => link({ pairId })}
            onCreate={(otherUserId, myRole) => link({ otherUserId, myRole })}
          />
        </WhenLoaded>
      );
    }
    case 'browser':
      return (
        <Suspense fallback={<LoadingState label={t('meeting.loading')} testId="meeting-finding" />}>
          <BrowserPicker api={api} onResolved={openResolved} />
        </Suspense>
      );
  }
}

function MeetingSession(props: {
  api: MeetingApi;
  sessionId: string;
  stage: boolean;
  initial: SessionDetail | null;
  catalog: Catalog | null;
}) {
  const { t } = useNamespace(meetingText);
  const meeting = useMeeting(props.api, props.sessionId, props.initial);
  // The side panel's code is in this chunk: ready with its data. The stage tells the host itself
  // once its chunk is in, and ErrorState does too.
  useNotifyReady(meeting.session !== null && !props.stage);
  if (meeting.loadError !== null) return <ErrorState error={meeting.loadError} onRetry={meeting.reload} />;
  const { session } = meeting;
  if (session === null) return <LoadingState label={t('meeting.sessionLoading')} testId="meeting-loading" />;
  if (props.stage)
    return (
      <WhenLoaded label={t('meeting.sessionLoading')}>
        <Stage session={session} catalog={props.catalog} />
      </WhenLoaded>
    );
  return <SidePanel meeting={{ ...meeting, session }} api={props.api} catalog={props.catalog} />;
}
