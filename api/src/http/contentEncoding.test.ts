import { describe, expect, it } from 'vitest';
import { type ContentCoding, negotiateContentCoding } from './contentEncoding.js';

const ALL = new Set<ContentCoding>(['br', 'gzip', 'identity']);
const GZIP_ONLY = new Set<ContentCoding>(['gzip', 'identity']);
const NONE = new Set<ContentCoding>(['identity']);

describe('negotiateContentCoding', () => {
  it('sends brotli to browsers that accept it, gzip to those that only take gzip', () => {
    expect(negotiateContentCoding('gzip, deflate, br, zstd', ALL)).toBe('br');
    expect(negotiateContentCoding('gzip, deflate', ALL)).toBe('gzip');
    expect(negotiateContentCoding('x-gzip', ALL)).toBe('gzip');
    expect(negotiateContentCoding('BR', ALL)).toBe('br');
  });

  it('follows the client’s weights, and the server’s preference among equal weights', () => {
    expect(negotiateContentCoding('br;q=0.5, gzip;q=0.8', ALL)).toBe('gzip');
    expect(negotiateContentCoding('br;q=1.0, gzip;q=1', ALL)).toBe('br');
    expect(negotiateContentCoding('gzip;q=0.2, identity;q=0.9', ALL)).toBe('identity');
    expect(negotiateContentCoding('br;q=0, gzip', ALL)).toBe('gzip');
    expect(negotiateContentCoding('br ; q=0.001', ALL)).toBe('br');
  });

  it('reads * as every coding not named', () => {
    expect(negotiateContentCoding('*', ALL)).toBe('br');
    expect(negotiateContentCoding('br;q=0, *', ALL)).toBe('gzip');
    expect(negotiateContentCoding('*;q=0, gzip', ALL)).toBe('gzip');
  });

  it('falls back to identity: no header, empty header, nothing available, or everything refused', () => {
    expect(negotiateContentCoding(undefined, ALL)).toBe('identity');
    expect(negotiateContentCoding('', ALL)).toBe('identity');
    expect(negotiateContentCoding('identity', ALL)).toBe('identity');
    expect(negotiateContentCoding('br', NONE)).toBe('identity');
    expect(negotiateContentCoding('br', GZIP_ONLY)).toBe('identity');
    expect(negotiateContentCoding('br;q=0, gzip;q=0', ALL)).toBe('identity');
    expect(negotiateContentCoding('*;q=0', ALL)).toBe('identity');
    expect(negotiateContentCoding('deflate, compress', ALL)).toBe('identity');
  });

  it('ignores entries whose weight is not a valid qvalue', () => {
    expect(negotiateContentCoding('br;q=2, gzip', ALL)).toBe('gzip');
    expect(negotiateContentCoding('br;q=abc', ALL)).toBe('identity');
    expect(negotiateContentCoding('br;q=0.5555, gzip;q=0.1', ALL)).toBe('gzip');
  });
});
