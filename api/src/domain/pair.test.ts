import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { assertMayCreatePair, roleInPair } from './pair.js';
import type { Actor } from './people.js';

const person = (id: string) => ({ id, displayName: id, email: null });
const actor = (id: string, isAdmin = false): Actor => ({ ...person(id), tenantId: 't', isAdmin });

describe('pairs', () => {
  const pair = { manager: person('m'), member: person('e') };

  it('knows each participant’s role and nobody else’s', () => {
    expect(roleInPair(pair, 'm')).toBe('manager');
    expect(roleInPair(pair, 'e')).toBe('member');
    expect(roleInPair(pair, 'x')).toBeNull();
  });

  it('lets a participant or an admin create a pair, and nobody else', () => {
    expect(() => assertMayCreatePair(actor('m'), 'm', 'e')).not.toThrow();
    expect(() => assertMayCreatePair(actor('e'), 'm', 'e')).not.toThrow();
    expect(() => assertMayCreatePair(actor('admin', true), 'm', 'e')).not.toThrow();
    expect(() => assertMayCreatePair(actor('x'), 'm', 'e')).toThrow(DomainError);
  });

  it('needs two different people', () => {
    expect(() => assertMayCreatePair(actor('m'), 'm', 'm')).toThrow(/two different people/);
  });
});
