import type { TranscriptRecord } from '../data/repositories/transcripts.js';
import type { TenantData } from '../data/tenantData.js';
import type { PairRole } from '../domain/pair.js';
import { assertHasCues, assertMayChangeHidden, assertMayHideTranscript } from '../domain/transcript.js';
import type { TranscriptCue } from '../domain/webvtt.js';
import { loadParticipantSession } from './participantSession.js';

export interface TranscriptLook {
  record: TranscriptRecord | null;
  role: PairRole;
  /** Teams transcripts are fetched and the 1on1 ended in a Teams meeting, so one may still arrive. */
  expectsOne: boolean;
  /** Days a fetched transcript is kept (the organisation's setting). */
  retentionDays: number;
}

/** The transcript of a 1on1 as one of its pair sees it. */
export async function viewTranscript(
  data: TenantData,
  sessionId: string,
  actorId: string,
  transcriptsFetched: boolean,
): Promise<TranscriptLook> {
  const { session, role } = await loadParticipantSession(data, sessionId, actorId);
  const [record, settings] = await Promise.all([data.transcripts.find(session.id), data.settings.get()]);
  return {
    record,
    role,
    expectsOne: transcriptsFetched && session.status === 'ended' && session.joinUrl !== null,
    retentionDays: settings.transcriptRetentionDays,
  };
}

/** The member hides the transcript from both of them, or shows it again; asking twice changes nothing. */
export async function setTranscriptHidden(
  data: TenantData,
  sessionId: string,
  actorId: string,
  hidden: boolean,
  now: () => Date,
): Promise<Omit<TranscriptLook, 'expectsOne'>> {
  const { session, role } = await loadParticipantSession(data, sessionId, actorId);
  assertMayHideTranscript(role);
  const current = await data.transcripts.find(session.id);
  assertMayChangeHidden(current?.state ?? 'none', hidden);
  const changed =
    current?.state === (hidden ? 'hidden' : 'fetched')
      ? current
      : await data.transcripts.setHidden(session.id, hidden, now());
  const settings = await data.settings.get();
  return { record: changed ?? current, role, retentionDays: settings.transcriptRetentionDays };
}

/**
 * One of the pair attaches a transcript (dev mode, no Teams transcription). `readCues` reads the
 * upload; it runs only once the actor is known to be one of the pair, so others learn nothing of it.
 */
export async function attachTranscript(
  data: TenantData,
  sessionId: string,
  actorId: string,
  readCues: () => TranscriptCue[],
  now: () => Date,
): Promise<Omit<TranscriptLook, 'expectsOne'>> {
  const { session, role } = await loadParticipantSession(data, sessionId, actorId);
  const cues = readCues();
  assertHasCues(cues);
  await data.transcripts.storeUpload(session.id, cues, session.scheduledEnd, now());
  const [record, settings] = await Promise.all([data.transcripts.find(session.id), data.settings.get()]);
  return { record, role, retentionDays: settings.transcriptRetentionDays };
}
