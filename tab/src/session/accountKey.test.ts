import { describe, expect, it } from 'vitest';
import { accountKeyOf } from './accountKey';

const encode = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const token = (claims: unknown) => `${encode({ alg: 'RS256' })}.${encode(claims)}.signature`;

describe('account key', () => {
  it('names the tenant and the person of a token', () => {
    expect(accountKeyOf(token({ tid: 't-1', oid: 'u-1', name: '佐藤 美咲' }))).toBe('t-1:u-1');
  });

  it('is null for a token that names nobody', () => {
    expect(accountKeyOf('not-a-token')).toBeNull();
    expect(accountKeyOf(token({ tid: 't-1' }))).toBeNull();
    expect(accountKeyOf('a.%%%.c')).toBeNull();
  });
});
