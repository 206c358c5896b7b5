import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertMayConfirmPair,
  assertMayCreatePair,
  assertMayEndPair,
  partnerOf,
  personInPair,
  roleInPair,
  statusOfNewPair,
} from './pair.js';
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

  it('names the person of the pair with an id, and their partner', () => {
    expect(personInPair(pair, 'm')).toBe(pair.manager);
    expect(personInPair(pair, 'e')).toBe(pair.member);
    expect(partnerOf(pair, 'm')).toBe(pair.member);
    expect(partnerOf(pair, 'e')).toBe(pair.manager);
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

describe('who manages whom', () => {
  it('establishes a pair the member, an admin or the directory vouches for', () => {
    expect(statusOfNewPair(actor('e'), 'm', 'e', null)).toBe('established');
    expect(statusOfNewPair(actor('hr', true), 'm', 'e', null)).toBe('established');
    expect(statusOfNewPair(actor('m'), 'm', 'e', 'm')).toBe('established');
  });

  it('leaves a self-appointed manager pending', () => {
    expect(statusOfNewPair(actor('m'), 'm', 'e', null)).toBe('pending');
    expect(statusOfNewPair(actor('m'), 'm', 'e', 'boss')).toBe('pending');
  });

  it('lets only the member confirm, and either person or an admin end', () => {
    const pending = {
      id: 'p',
      manager: person('m'),
      member: person('e'),
      status: 'pending' as const,
      proposedBy: 'm',
    };
    expect(() => assertMayConfirmPair(pending, 'm')).toThrow(DomainError);
    expect(() => assertMayConfirmPair(pending, 'e')).not.toThrow();
    expect(() => assertMayConfirmPair({ ...pending, status: 'established' }, 'e')).toThrow(DomainError);
    expect(() => assertMayEndPair(pending, actor('m'))).not.toThrow();
    expect(() => assertMayEndPair(pending, actor('hr', true))).not.toThrow();
    expect(() => assertMayEndPair(pending, actor('x'))).toThrow(DomainError);
  });
});
