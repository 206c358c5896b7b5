import { describe, expect, it } from 'vitest';
import { adviceFor, ladderFor, typicalStage } from './advice.js';
import { DEFAULT_CATALOG } from './catalog.js';

describe('advice', () => {
  it('steers to the trust-building basics below 信頼 and without a check-in', () => {
    for (const stage of [null, 0, 1, 2, 3, 4]) {
      const ladder = ladderFor(stage);
      expect(ladder.rung).toBe('trust_building');
      expect(ladder.skills).toEqual(['interest', 'recognition', 'expectation']);
    }
  });

  it('steers to the growth skills from 信頼 upward', () => {
    expect(ladderFor(5).skills).toEqual(['questioning']);
    expect(ladderFor(7).skills).toEqual(['feedback', 'mentoring']);
    expect(ladderFor(9).skills).toEqual(['coaching', 'team_building']);
    for (const stage of [5, 6, 7, 8, 9]) expect(ladderFor(stage).rung).toBe('growth');
  });

  it('has concrete advice for every default expected response on both rungs, in ja and en', () => {
    for (const response of DEFAULT_CATALOG.expectedResponses) {
      for (const stage of [2, 6]) {
        const advice = adviceFor(response.id, stage);
        expect(advice.text.ja.length).toBeGreaterThan(20);
        expect(advice.text.en.length).toBeGreaterThan(20);
      }
    }
    expect(adviceFor('listen', null).text.en).toMatch(/summarise back/);
    expect(adviceFor('listen', 2).text.ja).toMatch(/言い換え/);
    expect(adviceFor('listen', 2).text).not.toEqual(adviceFor('listen', 6).text);
  });

  it('falls back to generic advice for a response a tenant added', () => {
    const advice = adviceFor('custom_tenant_response', 6);
    expect(advice.ladder.rung).toBe('growth');
    expect(advice.text.en.length).toBeGreaterThan(20);
  });

  it('takes the lower median of known stages as the typical one', () => {
    expect(typicalStage([])).toBeNull();
    expect(typicalStage([null, null])).toBeNull();
    expect(typicalStage([7, null, 2, 5])).toBe(5);
    expect(typicalStage([6, 3])).toBe(3);
  });
});
