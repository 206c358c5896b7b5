/**
 * Talk-time share from a transcript: how much of the speaking each person did. Shown to the manager
 * only, as a private mirror (a member who is asked to be listened to should do most of the talking).
 *
 * Rules: a cue counts for its full length (endMs − startMs) towards its speaker's person; cues whose
 * speaker maps to nobody count as unattributed and are left out of the shares; overlapping cues of
 * two people count for both (both were talking); empty or reversed cues count for nothing.
 */

export interface TranscriptCue {
  /** The speaker as the transcript names them (a display name or a Teams participant id). */
  speaker: string;
  startMs: number;
  endMs: number;
}

export interface TalkTimeShare {
  /** Milliseconds spoken, per person id, and each person's share of the attributed total (0–1). */
  people: Array<{ personId: string; ms: number; share: number }>;
  attributedMs: number;
  unattributedMs: number;
}

export function talkTimeShare(
  cues: readonly TranscriptCue[],
  speakerToPerson: ReadonlyMap<string, string>,
  personIds: readonly string[],
): TalkTimeShare {
  const spoken = new Map<string, number>(personIds.map((id) => [id, 0]));
  let unattributedMs = 0;
  for (const cue of cues) {
    const length = cue.endMs - cue.startMs;
    if (!Number.isFinite(length) || length <= 0) continue;
    const personId = speakerToPerson.get(cue.speaker);
    if (personId === undefined || !spoken.has(personId)) {
      unattributedMs += length;
      continue;
    }
    spoken.set(personId, (spoken.get(personId) ?? 0) + length);
  }
  const attributedMs = [...spoken.values()].reduce((sum, ms) => sum + ms, 0);
  return {
    people: [...spoken].map(([personId, ms]) => ({
      personId,
      ms,
      share: attributedMs === 0 ? 0 : Math.round((ms / attributedMs) * 1000) / 1000,
    })),
    attributedMs,
    unattributedMs,
  };
}
