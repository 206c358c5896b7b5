import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainStage, HOLDS_FROM, STAGES, STATEMENT_COUNT, STATEMENTS, scoreStage } from './stage.js';

/** Everything agreed except the distrust statements, which are disagreed with. */
const allHold = () => [1, 1, ...Array.from({ length: STATEMENT_COUNT - 2 }, () => 5)];
const with_ = (answers: number[], statement: number, value: number) => {
  const copy = [...answers];
  copy[statement - 1] = value;
  return copy;
};

const answersArb = fc.array(fc.integer({ min: 1, max: 5 }), {
  minLength: STATEMENT_COUNT,
  maxLength: STATEMENT_COUNT,
});

describe('the stage model', () => {
  it('has 16 statements in both languages, each in exactly one level', () => {
    expect(STATEMENTS).toHaveLength(16);
    for (const statement of STATEMENTS) {
      expect(statement.ja.length).toBeGreaterThan(5);
      expect(statement.en.length).toBeGreaterThan(5);
    }
    const covered = STAGES.flatMap((stage) => stage.statements).sort((a, b) => a - b);
    expect(covered).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(STAGES.map((stage) => stage.name.ja)).toEqual([
      '警戒',
      '疑心',
      '緩和',
      '開襟',
      '信用',
      '信頼',
      '意欲の維持・向上',
      '気づきや学びの獲得',
      'アウトプット改善',
      'アウトカム向上',
    ]);
  });
});

describe('scoreStage', () => {
  it('puts everything-holds at the top', () => {
    const result = scoreStage(allHold());
    expect(result.stage.id).toBe('outcome');
    expect(result.reason).toBe('top');
    expect(result.blockingStatements).toEqual([]);
  });

  it('puts agreement with statement 1 at 警戒 whatever else holds, from answer 4 up', () => {
    expect(scoreStage(with_(allHold(), 1, 4)).stage.id).toBe('wariness');
    expect(scoreStage(with_(allHold(), 1, 5)).stage.id).toBe('wariness');
    expect(scoreStage(with_(allHold(), 1, 3)).stage.id).toBe('outcome');
    expect(scoreStage(with_(with_(allHold(), 1, 4), 2, 5)).stage.id).toBe('wariness');
  });

  it('puts agreement with statement 2 at 疑心, from answer 4 up', () => {
    expect(scoreStage(with_(allHold(), 2, 4)).stage.id).toBe('suspicion');
    expect(scoreStage(with_(allHold(), 2, 3)).stage.id).toBe('outcome');
    expect(scoreStage(with_(allHold(), 2, 4)).blockingStatements).toEqual([2]);
  });

  it('stops below the first level whose statement does not hold, on every progress statement (3 vs 4)', () => {
    for (const stage of STAGES.filter((s) => s.kind === 'progress')) {
      for (const statement of stage.statements) {
        const blocked = scoreStage(with_(allHold(), statement, HOLDS_FROM - 1));
        expect(blocked.stage.index, `statement ${statement} at 3`).toBe(stage.index - 1);
        expect(blocked.blockingStatements).toEqual([statement]);
        expect(scoreStage(with_(allHold(), statement, HOLDS_FROM)).stage.id).toBe('outcome');
      }
    }
  });

  it('never skips a level: higher statements holding do not help', () => {
    const answers = with_(allHold(), 6, 2);
    const result = scoreStage(answers);
    expect(result.stage.id).toBe('opening_up');
    expect(result.blockingStatements).toEqual([6]);
  });

  it('names every statement of the next level that does not hold', () => {
    const result = scoreStage(with_(with_(allHold(), 9, 1), 11, 3));
    expect(result.stage.id).toBe('reliance');
    expect(result.blockingStatements).toEqual([9, 11]);
  });

  it('leaves someone without distrust but without 緩和 yet at 疑心, explaining statement 3', () => {
    const result = scoreStage(with_(allHold(), 3, 2));
    expect(result.stage.id).toBe('suspicion');
    expect(result.blockingStatements).toEqual([3]);
    expect(explainStage(result).en).toBe(
      'You are at Suspicion because statement 3 does not hold yet, which Easing needs.',
    );
    expect(explainStage(result).ja).toBe('文3がまだあてはまらないので、「緩和」の手前の「疑心」にいます。');
  });

  it('explains distrust and the top in both languages', () => {
    expect(explainStage(scoreStage(with_(allHold(), 1, 5))).en).toBe(
      'You are at Wariness because you agree with statement 1.',
    );
    expect(explainStage(scoreStage(allHold())).ja).toContain('アウトカム向上');
    expect(explainStage(scoreStage(with_(with_(allHold(), 9, 1), 11, 3))).en).toContain(
      'statements 9 and 11 do not hold yet',
    );
  });
});

describe('scoreStage properties', () => {
  it('is deterministic and always lands on one of the ten stages', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = scoreStage(answers);
        expect(scoreStage([...answers])).toEqual(a);
        expect(a.stage.index).toBeGreaterThanOrEqual(0);
        expect(a.stage.index).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('never goes down when a progress statement is answered higher', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 3, max: 16 }), (answers, statement) => {
        const current = answers[statement - 1] ?? 1;
        fc.pre(current < 5);
        const raised = with_(answers, statement, current + 1);
        expect(scoreStage(raised).stage.index).toBeGreaterThanOrEqual(scoreStage(answers).stage.index);
      }),
    );
  });

  it('never goes up when a distrust statement is answered higher', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom(1, 2), (answers, statement) => {
        const current = answers[statement - 1] ?? 1;
        fc.pre(current < 5);
        const raised = with_(answers, statement, current + 1);
        expect(scoreStage(raised).stage.index).toBeLessThanOrEqual(scoreStage(answers).stage.index);
      }),
    );
  });

  it('reaches a progress stage exactly when its statements and all below hold and no distrust is agreed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { stage, blockingStatements } = scoreStage(answers);
        const holds = (n: number) => (answers[n - 1] ?? 1) >= HOLDS_FROM;
        if (stage.index >= 2) {
          expect(holds(1) || holds(2)).toBe(false);
          for (const below of STAGES.slice(2, stage.index + 1)) {
            for (const n of below.statements) expect(holds(n)).toBe(true);
          }
        }
        for (const n of blockingStatements) {
          expect(stage.index <= 1 && (n === 1 || n === 2) ? holds(n) : !holds(n)).toBe(true);
        }
      }),
    );
  });
});
