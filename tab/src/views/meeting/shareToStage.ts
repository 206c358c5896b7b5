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
