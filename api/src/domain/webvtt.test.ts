import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimestamp,
  parseTimestamp,
  parseWebVtt,
  renderWebVtt,
  type TranscriptCue,
  WebVttError,
} from './webvtt.js';

const TEAMS_STYLE = [
  '\uFEFFWEBVTT Teams transcript',
  'Kind: captions',
  '',
  'NOTE',
  'Written by a test: comments span',
  'several lines and are ignored.',
  '',
  'STYLE',
  '::cue { color: lime }',
  '',
  '0f6f1e8a-7c1b-4bd0-9b8e-5a4c0d1c2b3a/13-0',
  '00:00:03.210 --> 00:00:04.660',
  '<v Adele Vance>Hello everyone.</v>',
  '',
  '',
  '01:02.000 --> 01:03.500 align:start position:10% line:0',
  '<v.loud 佐藤 美咲>こんにちは、',
  '二行目です &amp; more</v>',
  '',
  '00:01:05.000 --> 00:01:06.000',
  'No speaker <b>bold</b> &lt;3 <00:01:05.500>late',
  '',
  'NOTE one-line note',
  '',
  '100:00:00.000 --> 100:00:01.250',
  '<v   Kenta   Tanaka  >Long meeting</v><v Other>ignored voice</v>',
].join('\r\n');

describe('parseWebVtt', () => {
  it('reads speakers, times, multi-line cues and skips NOTE and STYLE blocks', () => {
    expect(parseWebVtt(TEAMS_STYLE)).toEqual<TranscriptCue[]>([
      {
        id: '0f6f1e8a-7c1b-4bd0-9b8e-5a4c0d1c2b3a/13-0',
        startMs: 3210,
        endMs: 4660,
        speaker: 'Adele Vance',
        text: 'Hello everyone.',
      },
      {
        id: null,
        startMs: 62_000,
        endMs: 63_500,
        speaker: '佐藤 美咲',
        text: 'こんにちは、\n二行目です & more',
      },
      { id: null, startMs: 65_000, endMs: 66_000, speaker: null, text: 'No speaker bold <3 late' },
      {
        id: null,
        startMs: 360_000_000,
        endMs: 360_001_250,
        speaker: 'Kenta Tanaka',
        text: 'Long meetingignored voice',
      },
    ]);
  });

  it('accepts LF and lone CR line endings alike', () => {
    const lf = 'WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>one</v>\n';
    const cr = lf.replaceAll('\n', '\r');
    expect(parseWebVtt(cr)).toEqual(parseWebVtt(lf));
    expect(parseWebVtt(lf)).toHaveLength(1);
  });

  it('treats a line with an arrow as the start of the next cue, as the spec does', () => {
    const cues = parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nfirst\n00:03.000 --> 00:04.000\nsecond');
    expect(cues.map((cue) => cue.text)).toEqual(['first', 'second']);
  });

  it('decodes numeric character references', () => {
    expect(parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n&#x1F600; &#26085;')[0]?.text).toBe('😀 日');
  });

  it('refuses a file without the WEBVTT signature or with unreadable timings', () => {
    expect(() => parseWebVtt('00:01.000 --> 00:02.000\nhello')).toThrow(WebVttError);
    expect(() => parseWebVtt('WEBVTT\n\n1:02.000 --> 00:03.000\nbad minutes')).toThrow(/line 3/);
    expect(() => parseWebVtt('WEBVTT\n\nid\nnot a timing line')).toThrow(WebVttError);
  });

  it('reads timestamps with and without hours', () => {
    expect(parseTimestamp('00:00.001')).toBe(1);
    expect(parseTimestamp('01:00:00.000')).toBe(3_600_000);
    expect(parseTimestamp('123:59:59.999')).toBe(123 * 3_600_000 + 3_599_999);
    expect(parseTimestamp('00:60.000')).toBeNull();
    expect(parseTimestamp('0:00:00.000')).toBeNull();
    expect(formatTimestamp(3_723_004)).toBe('01:02:03.004');
  });
});

const MAX_MS = 200 * 3_600_000;
const line = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((text) => !/[\r\n]/.test(text));
const speaker = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .map((name) => name.replace(/\s+/g, ' ').trim())
  .filter((name) => name !== '');
const cueArbitrary: fc.Arbitrary<TranscriptCue> = fc
  .record({
    id: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,16}(\/\d{1,3}-\d)?$/), { nil: null }),
    startMs: fc.integer({ min: 0, max: MAX_MS }),
    lengthMs: fc.integer({ min: 0, max: 600_000 }),
    speaker: fc.option(speaker, { nil: null }),
    lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  })
  .filter((cue) => cue.id === null || !/^(NOTE|STYLE|REGION)$/.test(cue.id))
  .map((cue) => ({
    id: cue.id,
    startMs: cue.startMs,
    endMs: cue.startMs + cue.lengthMs,
    speaker: cue.speaker,
    text: cue.lines.join('\n'),
  }));

describe('renderWebVtt', () => {
  it('writes what parseWebVtt reads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(cueArbitrary, { maxLength: 12 }), (cues) => {
        expect(parseWebVtt(renderWebVtt(cues))).toEqual(cues);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes markup and arrows in text and speaker names', () => {
    const rendered = renderWebVtt([
      { id: null, startMs: 0, endMs: 1, speaker: 'A <b> & B', text: 'x --> y' },
    ]);
    expect(rendered).toContain('<v A &lt;b&gt; &amp; B>x --&gt; y</v>');
  });
});
