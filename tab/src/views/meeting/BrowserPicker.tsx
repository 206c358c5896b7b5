import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useLoad } from '../../components/useLoad';
import { NotifyReady } from '../../host/useNotifyReady';
import { meetingText } from '../../i18n/meeting';
import { useNamespace } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import type { MeetingApi } from './meetingApi';
import { type Candidate, PairPicker } from './PairPicker';
import type { Resolution } from './types';

/** Outside Teams there is no meeting to ask: the user picks one of their pairs. */
export function BrowserPicker(props: {
  api: MeetingApi;
  onResolved(resolution: Extract<Resolution, { state: 'resolved' }>): void;
}) {
  const shared = useApi();
  const { t } = useNamespace(meetingText);
  const pairs = useLoad((signal) => shared.pairs(signal), [shared]);
  if (pairs.status === 'loading')
    return <LoadingState label={t('meeting.loading')} testId="meeting-finding" />;
  if (pairs.status === 'error') return <ErrorState error={pairs.error} onRetry={pairs.retry} />;
  const candidates: Candidate[] = pairs.data.pairs.map((pair) => ({
    pairId: pair.id,
    myRole: pair.myRole,
    other: pair.myRole === 'manager' ? pair.member : pair.manager,
  }));
  return (
    <>
      <NotifyReady />
      <PairPicker
        candidates={candidates}
        inMeeting={false}
        meId={null}
        onPick={async (pairId) => {
          const resolution = await props.api.resolve({ pairId });
          if (resolution.state === 'resolved') {
            // Keep the session in the address, so a reload or a second window opens the same 1on1.
            window.history.replaceState(
              null,
              '',
              `${window.location.pathname}?session=${encodeURIComponent(resolution.session.id)}`,
            );
            props.onResolved(resolution);
          }
        }}
      />
    </>
  );
}
