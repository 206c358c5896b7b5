import { describe, expect, it } from 'vitest';
import { talkTimeShare } from './feedbackTalkTime.js';

const speakers = new Map([
  ['佐藤 美咲', 'manager'],
  ['田中 健太', 'member'],
]);

describe('talkTimeShare', () => {
  it("gives each person's share of the attributed speaking time", () => {
    const share = talkTimeShare(
      [
        { speaker: '佐藤 美咲', startMs: 0, endMs: 30_000 },
        { speaker: '田中 健太', startMs: 30_000, endMs: 120_000 },
        { speaker: '佐藤 美咲', startMs: 120_000, endMs: 150_000 },
        { speaker: 'Unknown', startMs: 150_000, endMs: 160_000 },
      ],
      speakers,
      ['manager', 'member'],
    );
    expect(share).toEqual({
      people: [
        { personId: 'manager', ms: 60_000, share: 0.4 },
        { personId: 'member', ms: 90_000, share: 0.6 },
      ],
      attributedMs: 150_000,
      unattributedMs: 10_000,
    });
  });

  it('counts overlapping speech for both and ignores empty or reversed cues', () => {
    const share = talkTimeShare(
      [
        { speaker: '佐藤 美咲', startMs: 0, endMs: 10_000 },
        { speaker: '田中 健太', startMs: 5_000, endMs: 15_000 },
        { speaker: '田中 健太', startMs: 20_000, endMs: 20_000 },
        { speaker: '佐藤 美咲', startMs: 30_000, endMs: 25_000 },
      ],
      speakers,
      ['manager', 'member'],
    );
    expect(share.people.map((p) => p.share)).toEqual([0.5, 0.5]);
    expect(share.attributedMs).toBe(20_000);
  });

  it('reports zero shares for a transcript with no attributable speech', () => {
    const share = talkTimeShare([{ speaker: 'x', startMs: 0, endMs: 1000 }], speakers, ['manager', 'member']);
    expect(share.people).toEqual([
      { personId: 'manager', ms: 0, share: 0 },
      { personId: 'member', ms: 0, share: 0 },
    ]);
    expect(share.unattributedMs).toBe(1000);
  });
});
