import { describe, expect, it } from 'vitest';
import { etagOf, parseIfMatch } from './ifMatch.js';
import { HttpProblem } from './problem.js';

function problemOf(header: string | undefined) {
  try {
    parseIfMatch(header);
  } catch (error) {
    if (error instanceof HttpProblem) return error.problem;
  }
  return null;
}

describe('If-Match', () => {
  it('round-trips the ETag of a version, strong or weak', () => {
    expect(parseIfMatch(etagOf(3))).toBe(3);
    expect(parseIfMatch('W/"12"')).toBe(12);
    expect(parseIfMatch(' "1" ')).toBe(1);
  });

  it('answers 428 naming the header when it is missing', () => {
    expect(problemOf(undefined)).toMatchObject({ status: 428, errors: [{ field: 'header.if-match' }] });
    expect(problemOf('')).toMatchObject({ status: 428 });
  });

  it('answers 400 for anything but one ETag of ours, including *', () => {
    for (const bad of ['*', '3', '"abc"', '"1", "2"', 'W/3']) {
      expect(problemOf(bad)).toMatchObject({ status: 400, errors: [{ field: 'header.if-match' }] });
    }
  });
});
