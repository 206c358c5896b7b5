import { type Caller, taiwaJson } from '../booking/taiwaFetch';

export type TranscriptState = 'waiting' | 'none' | 'fetched' | 'not_permitted' | 'hidden' | 'deleted';

export interface TranscriptCue {
  id: string | null;
  startMs: number;
  endMs: number;
  speaker: string | null;
  text: string;
}

export interface TranscriptView {
  state: TranscriptState;
  source: 'graph' | 'upload' | null;
  fetchedAt: string | null;
  nextAttemptAt: string | null;
  deleteAfter: string | null;
  speakers: string[];
  cues: TranscriptCue[];
  canHide: boolean;
  canUpload: boolean;
}

const path = (sessionId: string) => `/sessions/${encodeURIComponent(sessionId)}/transcript`;

export const fetchTranscript = (caller: Caller, sessionId: string) =>
  taiwaJson<TranscriptView>(caller, path(sessionId));

export const setTranscriptHidden = (caller: Caller, sessionId: string, hidden: boolean) =>
  taiwaJson<TranscriptView>(caller, path(sessionId), {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ hidden }),
  });

/** Dev mode: attach a .vtt file. */
export const uploadTranscript = (caller: Caller, sessionId: string, webVtt: string) =>
  taiwaJson<TranscriptView>(caller, path(sessionId), {
    method: 'PUT',
    headers: { 'Content-Type': 'text/vtt' },
    body: webVtt,
  });
