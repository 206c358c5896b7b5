import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from './catalog.js';
import { assertMayRoll, nextDiceSeq, rollDice } from './dice.js';
import { DomainError } from './errors.js';

const faces = DEFAULT_CATALOG.diceFaces;

describe('rollDice', () => {
  it('returns the face the random source picks, among the active faces only', () => {
    const withRetired = [{ ...faces[0]!, retired: true }, ...faces.slice(1)];
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const active = withRetired.filter((face) => !face.retired);
        const face = rollDice(withRetired, (max) => n % max);
        expect(face).toBe(active[n % active.length]);
        expect(face.retired).toBe(false);
      }),
    );
  });

  it('asks the random source for exactly the number of active faces', () => {
    const asked: number[] = [];
    rollDice(faces, (max) => {
      asked.push(max);
      return 0;
    });
    expect(asked).toEqual([faces.length]);
  });

  it('refuses when every face is retired, and rejects a broken random source', () => {
    expect(() =>
      rollDice(
        faces.map((face) => ({ ...face, retired: true })),
        () => 0,
      ),
    ).toThrow(DomainError);
    expect(() => rollDice(faces, (max) => max)).toThrow(RangeError);
    expect(() => rollDice(faces, () => 0.5)).toThrow(RangeError);
  });
});

describe('dice sequence and status', () => {
  it('numbers rolls 1, 2, 3…', () => {
    expect(nextDiceSeq(null)).toBe(1);
    expect(nextDiceSeq({ seq: 7 })).toBe(8);
  });

  it('puts the dice away once the 1on1 has ended', () => {
    expect(() => assertMayRoll('planned')).not.toThrow();
    expect(() => assertMayRoll('live')).not.toThrow();
    expect(() => assertMayRoll('ended')).toThrow(/ended/);
  });
});
