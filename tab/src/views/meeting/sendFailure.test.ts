import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { sendFailureOf } from './sendFailure';

describe('a failed memo send', () => {
  it.each([
    ['offline (no HTTP answer)', new ApiError(0, null)],
    ['the server failing', new ApiError(500, null)],
    ['the server unavailable', new ApiError(503, null)],
    ['an expired sign-in', new ApiError(401, null)],
    ['a timeout', new ApiError(408, null)],
    ['too early', new ApiError(425, null)],
    ['too many writes', new ApiError(429, null)],
    ['a thrown non-HTTP error', new TypeError('Failed to fetch')],
  ])('stays queued to be sent again after %s', (_name, error) => {
    expect(sendFailureOf(error)).toBe('keep');
  });

  it.each([
    ['someone else saved first', 409],
    ['the memo was deleted', 404],
    ['the 1on1 is gone', 410],
  ])('brings the text back beside theirs when %s', (_name, status) => {
    expect(sendFailureOf(new ApiError(status, null))).toBe('conflict');
  });

  it.each([
    ['too long', 400],
    ['not allowed (an ended pair)', 403],
    ['too large', 413],
    ['unreadable', 422],
  ])('brings the text back into its box with the reason when it is %s', (_name, status) => {
    expect(sendFailureOf(new ApiError(status, null))).toBe('refused');
  });
});
