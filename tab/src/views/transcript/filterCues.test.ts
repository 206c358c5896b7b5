import { describe, expect, it } from 'vitest';
import { elapsed, filterCues } from './filterCues';

const cue = (speaker: string | null, text: string, startMs = 0) => ({
  id: null,
  startMs,
  endMs: startMs + 1,
  speaker,
  text,
});

describe('filterCues', () => {
  const cues = [
    cue('佐藤 美咲', '来週のリリースについて'),
    cue('田中 健太', 'ＡＰＩの設計を相談したい'),
    cue(null, 'Release notes'),
  ];

  it('keeps one speaker’s lines, or everyone’s', () => {
    expect(filterCues(cues, '田中 健太', '')).toEqual([cues[1]]);
    expect(filterCues(cues, null, '')).toHaveLength(3);
  });

  it('matches every search word, ignoring case and full-width letters', () => {
    expect(filterCues(cues, null, 'api 設計')).toEqual([cues[1]]);
    expect(filterCues(cues, null, 'RELEASE')).toEqual([cues[2]]);
    expect(filterCues(cues, '佐藤 美咲', 'release')).toEqual([]);
  });

  it('writes elapsed time the way a meeting reads it', () => {
    expect(elapsed(62_500)).toBe('1:02');
    expect(elapsed(3_723_000)).toBe('1:02:03');
  });
});
