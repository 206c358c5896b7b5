import { describe, expect, it } from 'vitest';
import { SseParser } from './sseParser';

describe('SseParser', () => {
  it('parses events split across chunks, skipping comments', () => {
    const parser = new SseParser();
    expect(parser.push('retry: 2000\n\n: heartbeat\n\nid: 4\nevent: dice.rol')).toEqual([]);
    expect(parser.push('led\ndata: {"roll":1}\r\n\r')).toEqual([]);
    expect(parser.push('\nid: 5\ndata: a\ndata: b\n\n')).toEqual([
      { id: '4', event: 'dice.rolled', data: '{"roll":1}' },
      { id: '5', event: 'message', data: 'a\nb' },
    ]);
  });
});
