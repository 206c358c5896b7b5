import type { ApiRequest } from '../../api/client';
import type { ResponseOf } from '../../api/contract';

export type TranscriptView = ResponseOf<'/api/v1/sessions/{sessionId}/transcript'>;
export type TranscriptState = TranscriptView['state'];
export type TranscriptCue = TranscriptView['cues'][number];

const path = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/transcript`;

/** The transcript calls, on the signed-in user's client (`useEndpoints(transcriptEndpoints)`). */
export function transcriptEndpoints(request: ApiRequest) {
  return {
    transcript: (sessionId: string) => request<TranscriptView>(path(sessionId)),
    setHidden: (sessionId: string, hidden: boolean) =>
      request<TranscriptView>(path(sessionId), { method: 'PATCH', body: { hidden } }),
    /** Dev mode: attach a .vtt file. */
    upload: (sessionId: string, webVtt: string) =>
      request<TranscriptView>(path(sessionId), {
        method: 'PUT',
        text: { contentType: 'text/vtt', content: webVtt },
      }),
  };
}
