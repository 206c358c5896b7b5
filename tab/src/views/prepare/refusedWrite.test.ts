import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/ApiError';
import { afterRefusedWrite } from './refusedWrite';

describe('an agenda change the server did not keep', () => {
  it('says the 1on1 ended when the reloaded agenda belongs to an ended 1on1, conflict or not', () => {
    const ended = { outcome: 'stale', intent: 'warning', message: 'prepare.ended' };
    expect(afterRefusedWrite(new ApiError(409, null), 'ended')).toEqual(ended);
    expect(afterRefusedWrite(new ApiError(403, null), 'ended')).toEqual(ended);
  });

  it('says someone else changed the agenda on a conflict (the agenda was reloaded)', () => {
    for (const status of ['planned', 'live', null] as const) {
      expect(afterRefusedWrite(new ApiError(409, null), status)).toEqual({
        outcome: 'stale',
        intent: 'warning',
        message: 'prepare.conflict',
      });
    }
  });

  it.each([
    ['a refusal', new ApiError(400, null)],
    ['a server error', new ApiError(500, null)],
    ['being offline', new ApiError(0, null)],
    ['a thrown error', new Error('boom')],
  ])('reports %s as a failed save, with the reason added by the caller', (_name, error) => {
    expect(afterRefusedWrite(error, 'planned')).toEqual({
      outcome: 'failed',
      intent: 'error',
      message: 'prepare.saveFailed',
    });
  });
});
