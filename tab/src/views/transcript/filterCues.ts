import type { TranscriptCue } from './transcriptApi';

/** Cues of one speaker (or all), containing every word of the search, case- and width-insensitively. */
export function filterCues(
  cues: readonly TranscriptCue[],
  speaker: string | null,
  search: string,
): TranscriptCue[] {
  const words = search
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');
  return cues.filter((cue) => {
    if (speaker !== null && cue.speaker !== speaker) return false;
    const text = cue.text.normalize('NFKC').toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** 1:02:03 or 2:03, the way a meeting's elapsed time reads. */
export function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
