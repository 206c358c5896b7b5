import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatTimestamp,
  parseTimestamp,
  parseWebVtt,
  readWebVtt,
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

  it('refuses only a file without the WEBVTT signature; an unreadable cue is skipped and reported', () => {
    expect(() => parseWebVtt('00:01.000 --> 00:02.000\nhello')).toThrow(WebVttError);
    const reading = readWebVtt(
      'WEBVTT\n\n1:02.000 --> 00:03.000\nbad minutes\n\nid\nnot a timing line\n\n00:04.000 --> 00:05.000\n<v A>kept',
    );
    expect(reading.cues).toEqual([{ id: null, startMs: 4000, endMs: 5000, speaker: 'A', text: 'kept' }]);
    expect(reading.skipped).toEqual([
      { line: 3, reason: 'the cue start "1:02.000" is not a time' },
      { line: 6, reason: 'a cue needs a "start --> end" timing line' },
    ]);
  });

  it('reads the W3C, Graph and .NET timestamp forms', () => {
    expect(parseTimestamp('00:00.001')).toBe(1);
    expect(parseTimestamp('01:00:00.000')).toBe(3_600_000);
    expect(parseTimestamp('123:59:59.999')).toBe(123 * 3_600_000 + 3_599_999);
    // Graph: unpadded hours, minutes and seconds, milliseconds as a plain number.
    expect(parseTimestamp('0:0:0.0')).toBe(0);
    expect(parseTimestamp('0:0:5.320')).toBe(5320);
    expect(parseTimestamp('0:0:5.5')).toBe(5005);
    expect(parseTimestamp('1:2:3.45')).toBe(3_723_045);
    expect(parseTimestamp('0:00:00.000')).toBe(0);
    expect(parseTimestamp('-0:0:1.500')).toBe(-1500);
    expect(parseTimestamp('0:0:7')).toBe(7000);
    // .NET TimeSpan: seven-digit fractions are ticks, days lead with a dot.
    expect(parseTimestamp('-00:00:01.2340000')).toBe(-1234);
    expect(parseTimestamp('1.02:03:04.5000000')).toBe(((24 + 2) * 60 + 3) * 60_000 + 4500);
    expect(parseTimestamp('00:60.000')).toBeNull();
    expect(parseTimestamp('0:61:00.000')).toBeNull();
    expect(parseTimestamp('1:02.000')).toBeNull();
    expect(parseTimestamp('soon')).toBeNull();
    expect(formatTimestamp(3_723_004)).toBe('01:02:03.004');
  });
});

/** Microsoft Graph's documented response to GET …/transcripts/{id}/content?$format=text/vtt. */
const GRAPH_DOCUMENTED = 'WEBVTT\n    \n0:0:0.0 --> 0:0:5.320\n<v User Name>This is a transcript test.</v>\n';

/**
 * Shaped like Graph's content for a longer 1on1: unpadded timings, no cue ids, a first cue that
 * began before transcription did (a negative offset), hours past the first, and voices with and
 * without their closing tag.
 */
const GRAPH_SHAPED = [
  'WEBVTT',
  '',
  '-0:0:1.200 --> 0:0:2.40',
  '<v 田中 健太>最近、少し忙しくて。</v>',
  '',
  '0:0:2.400 --> 0:0:9.0',
  '<v 佐藤 美咲>どのあたりが一番大変？',
  '',
  '0:59:58.0 --> 1:0:3.250',
  '<v Kenta Tanaka>Hours later &amp; still talking.</v>',
  '',
  '1:0:3.250 --> 1:0:3.250',
  'Nobody named',
  '',
].join('\r\n');

/** Shaped like a transcript downloaded from Teams (meeting recap → Download as .vtt). */
const TEAMS_DOWNLOAD = [
  'WEBVTT',
  '',
  'NOTE',
  'Downloaded from the meeting recap.',
  '',
  '9c5b1d1f-4fd7-4a1e-a8a3-0b0c3b9e2a51/13-0',
  '00:00:03.528 --> 00:00:05.138',
  '<v Adele Vance>Hello, can everyone hear me?</v>',
  '',
  '9c5b1d1f-4fd7-4a1e-a8a3-0b0c3b9e2a51/13-1',
  '00:00:05.138 --> 00:00:07.018',
  '<v Adele Vance>Let’s get started.',
  '',
  'NOTE Confidence: 0.89',
  '00:00:07.018 --> 00:00:08.000',
  '<v Alex Wilber>Sure.</v>',
  '',
].join('\n');

describe('transcripts as Microsoft produces them', () => {
  it('reads Graph’s documented callTranscript content', () => {
    expect(readWebVtt(GRAPH_DOCUMENTED)).toEqual({
      cues: [{ id: null, startMs: 0, endMs: 5320, speaker: 'User Name', text: 'This is a transcript test.' }],
      skipped: [],
    });
  });

  it('keeps every cue of a Graph-shaped transcript with its speaker, starting negative offsets at zero', () => {
    expect(readWebVtt(GRAPH_SHAPED)).toEqual({
      cues: [
        { id: null, startMs: 0, endMs: 2040, speaker: '田中 健太', text: '最近、少し忙しくて。' },
        { id: null, startMs: 2400, endMs: 9000, speaker: '佐藤 美咲', text: 'どのあたりが一番大変？' },
        {
          id: null,
          startMs: 3_598_000,
          endMs: 3_603_250,
          speaker: 'Kenta Tanaka',
          text: 'Hours later & still talking.',
        },
        { id: null, startMs: 3_603_250, endMs: 3_603_250, speaker: null, text: 'Nobody named' },
      ],
      skipped: [],
    });
  });

  it('reads a downloaded Teams transcript with cue ids, NOTE blocks and open voice tags', () => {
    expect(readWebVtt(TEAMS_DOWNLOAD)).toEqual({
      cues: [
        {
          id: '9c5b1d1f-4fd7-4a1e-a8a3-0b0c3b9e2a51/13-0',
          startMs: 3528,
          endMs: 5138,
          speaker: 'Adele Vance',
          text: 'Hello, can everyone hear me?',
        },
        {
          id: '9c5b1d1f-4fd7-4a1e-a8a3-0b0c3b9e2a51/13-1',
          startMs: 5138,
          endMs: 7018,
          speaker: 'Adele Vance',
          text: 'Let’s get started.',
        },
        { id: null, startMs: 7018, endMs: 8000, speaker: 'Alex Wilber', text: 'Sure.' },
      ],
      skipped: [],
    });
  });

  it('reads a header that runs straight into the first cue', () => {
    expect(parseWebVtt('WEBVTT\n0:0:1.0 --> 0:0:2.0\n<v A>hi</v>')).toEqual([
      { id: null, startMs: 1000, endMs: 2000, speaker: 'A', text: 'hi' },
    ]);
  });

  it('keeps the cues around one it cannot read', () => {
    const odd = GRAPH_SHAPED.replace('0:0:2.400 --> 0:0:9.0', '0:0:2.400 --> later');
    const reading = readWebVtt(odd);
    expect(reading.cues.map((cue) => cue.speaker)).toEqual(['田中 健太', 'Kenta Tanaka', null]);
    expect(reading.skipped).toEqual([{ line: 6, reason: 'the cue end "later" is not a time' }]);
  });
});

const MAX_MS = 200 * 3_600_000;
// A line of spaces is a blank line in a transcript (Graph writes them between blocks).
const line = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((text) => !/[\r\n]/.test(text) && text.trim() !== '');
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
