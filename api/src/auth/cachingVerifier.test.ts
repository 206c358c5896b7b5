import { describe, expect, it } from 'vitest';
import { AuthError, type Identity } from './identity.js';
import { cachingVerifier } from './tokenVerifier.js';

const identity = (expiresAt: number): Identity => ({
  tenantId: 't',
  userId: 'u',
  displayName: 'U',
  email: null,
  isAdmin: false,
  expiresAt,
});

describe('cachingVerifier', () => {
  it('verifies a token once while it is valid, and again once it nears expiry', async () => {
    const clock = { now: 0 };
    let calls = 0;
    const verify = cachingVerifier(
      async () => {
        calls++;
        return identity(10 * 60_000);
      },
      { now: () => clock.now },
    );
    await verify('a');
    await verify('a');
    expect(calls).toBe(1);
    clock.now = 9.5 * 60_000;
    await verify('a');
    expect(calls).toBe(2);
  });

  it('never remembers a failure', async () => {
    let calls = 0;
    const verify = cachingVerifier(async () => {
      calls++;
      throw new AuthError('invalid_signature');
    });
    await expect(verify('bad')).rejects.toBeInstanceOf(AuthError);
    await expect(verify('bad')).rejects.toBeInstanceOf(AuthError);
    expect(calls).toBe(2);
  });

  it('forgets the oldest token when full', async () => {
    let calls = 0;
    const verify = cachingVerifier(
      async () => {
        calls++;
        return identity(Number.MAX_SAFE_INTEGER);
      },
      { maxEntries: 2 },
    );
    await verify('1');
    await verify('2');
    await verify('3');
    await verify('2');
    expect(calls).toBe(3);
    await verify('1');
    expect(calls).toBe(4);
  });
});
