import type { HostContext } from '../../host/context';
import { loadTeamsLater } from '../../host/teams';

/** The stage view's address for this session; in Teams the stage resolves the session itself. */
export function stageUrl(origin: string, sessionId: string): string {
  return `${origin}/meeting/stage?session=${encodeURIComponent(sessionId)}`;
}

/** Puts the stage view on the meeting stage for everyone (teams-js meeting.shareAppContentToStage). */
export async function shareToStage(url: string): Promise<void> {
  const { meeting } = await loadTeamsLater();
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error, result) => {
      if (error !== null) reject(new Error(error.message ?? String(error.errorCode)));
      else if (result === false) reject(new Error('the host declined'));
      else resolve();
    }, url);
  });
}

/** The parts of teams-js' meeting namespace this check reads (the real one, or a test's). */
export interface MeetingCapabilities {
  /** Present in teams-js versions that report whether the host supports the meeting capability. */
  isSupported?: () => boolean;
  getAppContentStageSharingCapabilities(
    callback: (
      error: { errorCode: number; message?: string } | null,
      capabilities: { doesAppHaveSharePermission: boolean } | null,
    ) => void,
  ): void;
}

/**
 * Whether "share to stage" can work here: a Teams meeting surface (the side panel or the stage, the
 * only frame contexts the sharing APIs accept), a host that supports meetings (`meeting.isSupported()`
 * where teams-js has it; Outlook and the Microsoft 365 app host no meetings), and the meeting's own
 * answer to getAppContentStageSharingCapabilities: `doesAppHaveSharePermission` is true only with
 * the meetingStage context and the MeetingStage.Write.Chat RSC grant. Anything else — an error, no
 * answer — means no.
 */
export async function canShareToStage(
  host: Pick<HostContext, 'inHost' | 'hostName' | 'frameContext'>,
  /** Tests pass their own; by default teams-js' meeting namespace, loaded on first use. */
  given?: MeetingCapabilities | null,
): Promise<boolean> {
  if (!host.inHost || given === null) return false;
  if (host.frameContext !== 'meetingSidePanel' && host.frameContext !== 'meetingStage') return false;
  try {
    const meeting = given ?? ((await loadTeamsLater()).meeting as MeetingCapabilities);
    const supported =
      typeof meeting.isSupported === 'function' ? meeting.isSupported() : host.hostName === 'Teams';
    if (!supported) return false;
    return await new Promise<boolean>((resolve) => {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        resolve(error === null && capabilities?.doesAppHaveSharePermission === true);
      });
    });
  } catch {
    // teams-js throws when called outside the frame contexts it allows or before initialisation.
    return false;
  }
}
