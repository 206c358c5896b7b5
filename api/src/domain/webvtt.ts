/**
 * WebVTT (W3C WebVTT, the format Teams writes transcripts in), reduced to what a transcript needs:
 * who spoke (`<v Name>` voice tags), when, and what. Styling, regions and cue settings are read
 * past and dropped; identifiers are kept so a rendered file stays recognisable.
 *
 * Why our own parser: the maintained libraries (`media-captions`, `webvtt-parser`, `node-webvtt`)
 * follow the W3C grammar to the letter, and Microsoft Graph's callTranscript content does not. Its
 * documented sample times cues as `0:0:0.0 --> 0:0:5.320` (no zero padding, milliseconds written
 * as a plain number), starts with negative offsets when transcription began mid-conversation and
 * separates blocks with whitespace-only lines. Fed that sample, `media-captions` returns no cue at
 * all and the other two reject every cue ("Must be exactly two digits", "Invalid cue timestamp"),
 * so a real transcript would attach empty. The rules below read the W3C grammar and Graph's and
 * Teams' variants, and skip (and report) a cue they cannot read instead of failing the transcript.
 */

export interface TranscriptCue {
  /** The cue identifier line, when the file had one. */
  id: string | null;
  /** Milliseconds from the start of the transcript; never negative (see `clampToTranscript`). */
  startMs: number;
  endMs: number;
  /** The first voice of the cue (`<v Name>`), or null when the cue names nobody. */
  speaker: string | null;
  /** Plain text: tags removed, character references decoded, lines joined with `\n`. */
  text: string;
}

/** A cue left out because its timing could not be read: where, and why. */
export interface SkippedCue {
  /** 1-based line of the input. */
  line: number;
  reason: string;
}

export interface WebVttReading {
  cues: TranscriptCue[];
  skipped: SkippedCue[];
}

export class WebVttError extends Error {
  constructor(
    message: string,
    /** 1-based line of the input where parsing failed. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'WebVttError';
  }
}

const ARROW = '-->';
const BLOCK_KEYWORD = /^(NOTE|STYLE|REGION)(?:[ \t]|$)/;
/**
 * `[-][d.]h:m:s[.f]` and `[-]m:s[.f]`: the W3C form (`00:01:02.345`, `01:02.345`), Graph's
 * unpadded one (`0:0:5.320`), .NET TimeSpan text (`-00:00:01.2340000`, `1.02:03:04.5`).
 */
const TIMESTAMP = /^(-)?(?:(\d+)\.(?=\d+:\d+:))?(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d+))?$/;

/**
 * Milliseconds of a timestamp, or null when it is not one. One to three fraction digits count
 * milliseconds: Graph writes `{seconds}.{milliseconds}` without padding (its documented samples
 * are `0:0:0.0` and `0:0:5.320`, which keeps the trailing zero a decimal writer would drop), and
 * the W3C form always has exactly three. Longer fractions (.NET ticks) are decimal.
 */
export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (match === null) return null;
  const [, sign, days = '0', hours, minutes = '0', seconds = '0', fraction = ''] = match;
  // Without hours the W3C form has two-digit minutes; minutes and seconds stay below 60.
  if (hours === undefined && minutes.length !== 2) return null;
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  const millis = fraction.length <= 3 ? Number(fraction || '0') : Math.round(Number(`0.${fraction}`) * 1000);
  const total =
    (((Number(days) * 24 + Number(hours ?? '0')) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 +
    millis;
  if (!Number.isSafeInteger(total)) return null;
  return sign === '-' ? -total : total;
}

export function formatTimestamp(ms: number): string {
  const whole = Math.max(0, Math.floor(ms));
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor((whole % 3_600_000) / 60_000);
  const seconds = Math.floor((whole % 60_000) / 1000);
  const millis = whole % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}.${String(millis).padStart(3, '0')}`;
}

type Timing = { startMs: number; endMs: number } | { problem: string };

/** `start --> end [settings]`. */
function parseTimingLine(line: string): Timing {
  const arrow = line.indexOf(ARROW);
  const start = line.slice(0, arrow).trim();
  // Cue settings (position:10% align:start …) follow the end timestamp after whitespace.
  const end = line
    .slice(arrow + ARROW.length)
    .trim()
    .split(/[ \t]+/)[0];
  const startMs = parseTimestamp(start);
  const endMs = end === undefined ? null : parseTimestamp(end);
  if (startMs === null) return { problem: `the cue start "${start.slice(0, 40)}" is not a time` };
  if (endMs === null) return { problem: `the cue end "${(end ?? '').slice(0, 40)}" is not a time` };
  return { startMs, endMs };
}

/**
 * Graph times a cue spoken before transcription began from a negative offset. The transcript's
 * clock starts at zero, so such a cue starts there; a cue whose end precedes its start ends where
 * it starts. Both keep their speaker and text.
 */
function clampToTranscript(timing: { startMs: number; endMs: number }) {
  const startMs = Math.max(0, timing.startMs);
  return { startMs, endMs: Math.max(startMs, timing.endMs) };
}

const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}

/** Strips cue-text tags and returns the first voice's annotation with the plain text. */
function readCueText(payload: string): { speaker: string | null; text: string } {
  let speaker: string | null = null;
  let text = '';
  let index = 0;
  while (index < payload.length) {
    const open = payload.indexOf('<', index);
    if (open < 0) {
      text += payload.slice(index);
      break;
    }
    text += payload.slice(index, open);
    const close = payload.indexOf('>', open);
    if (close < 0) {
      // An unterminated tag runs to the end of the cue: the spec drops it.
      break;
    }
    const tag = payload.slice(open + 1, close);
    // `<v Name>` or `<v.class Name>`: the annotation is everything after the first whitespace.
    // The closing `</v>` is optional (Teams leaves it out when a voice runs to the cue's end).
    const voice = /^v(?:\.\S*)?\s+([\s\S]*)$/.exec(tag);
    if (speaker === null && voice?.[1] !== undefined) {
      const name = decodeReferences(voice[1]).replace(/\s+/g, ' ').trim();
      if (name !== '') speaker = name;
    }
    index = close + 1;
  }
  return { speaker, text: decodeReferences(text) };
}

function splitLines(input: string): string[] {
  return input
    .replace(/^\uFEFF/, '')
    .replaceAll('\u0000', '\uFFFD')
    .split(/\r\n|\r|\n/);
}

/** Graph's documented samples separate blocks with lines of spaces; they count as blank. */
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/**
 * Reads a WebVTT file: every cue whose timing can be read, and where the others were. Throws
 * WebVttError only when the input is not WebVTT at all (no `WEBVTT` signature).
 *
 * Cues follow the W3C block rules: a block is the lines between blank lines; its cue timing is on
 * its first or second line (the first is then the cue's identifier), and a later line with `-->`
 * starts the next cue. NOTE, STYLE and REGION blocks without a timing line are skipped silently.
 */
export function readWebVtt(input: string): WebVttReading {
  const lines = splitLines(input);
  const signature = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(signature)) {
    throw new WebVttError('a WebVTT file starts with "WEBVTT"', 1);
  }
  let index = 1;
  // The header runs to the first blank line, or to a timing line when a writer left the blank out.
  while (index < lines.length && !isBlank(lines[index]) && !(lines[index] ?? '').includes(ARROW)) index++;

  const cues: TranscriptCue[] = [];
  const skipped: SkippedCue[] = [];
  while (index < lines.length) {
    while (index < lines.length && isBlank(lines[index])) index++;
    if (index >= lines.length) break;
    const first = lines[index] ?? '';
    const second = lines[index + 1];

    let id: string | null = null;
    if (!first.includes(ARROW)) {
      if (isBlank(second) || !(second ?? '').includes(ARROW)) {
        // A comment, style sheet, region or stray text: nothing to show. Stray text that is not a
        // keyword block is a cue without a timing line, reported so an upload can say why.
        if (!BLOCK_KEYWORD.test(first))
          skipped.push({ line: index + 1, reason: 'a cue needs a "start --> end" timing line' });
        while (index < lines.length && !isBlank(lines[index])) index++;
        continue;
      }
      // A `NOTE …` line right above a timing line is, by the spec's rules, that cue's identifier;
      // it names nothing worth keeping.
      id = BLOCK_KEYWORD.test(first) ? null : first;
      index++;
    }
    const timingLineNumber = index + 1;
    const timing = parseTimingLine(lines[index] ?? '');
    index++;

    const payload: string[] = [];
    // A line containing "-->" ends the payload: it is the next cue's timing (the spec's rule).
    while (index < lines.length && !isBlank(lines[index]) && !(lines[index] ?? '').includes(ARROW)) {
      payload.push(lines[index] ?? '');
      index++;
    }
    if ('problem' in timing) {
      skipped.push({ line: timingLineNumber, reason: timing.problem });
      continue;
    }
    const { speaker, text } = readCueText(payload.join('\n'));
    cues.push({ id, ...clampToTranscript(timing), speaker, text });
  }
  return { cues, skipped };
}

/** The cues of a WebVTT file; cues with unreadable timings are left out (see `readWebVtt`). */
export function parseWebVtt(input: string): TranscriptCue[] {
  return readWebVtt(input).cues;
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Writes cues as WebVTT that `parseWebVtt` reads back unchanged. Empty lines cannot exist inside
 * a cue, so they are dropped; `&`, `<` and `>` are escaped so text never turns into markup or a
 * timing line.
 */
export function renderWebVtt(cues: readonly TranscriptCue[]): string {
  const blocks = cues.map((cue) => {
    const lines: string[] = [];
    const id = cue.id?.replace(/[\r\n]+/g, ' ').replaceAll(ARROW, '->') ?? '';
    // An identifier that reads as a NOTE/STYLE/REGION header would swallow the cue; it is left out.
    if (id.trim() !== '' && !BLOCK_KEYWORD.test(id)) lines.push(id);
    lines.push(`${formatTimestamp(cue.startMs)} ${ARROW} ${formatTimestamp(cue.endMs)}`);
    const body = cue.text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map(escapeText)
      .join('\n');
    lines.push(cue.speaker === null ? body : `<v ${escapeText(cue.speaker)}>${body}</v>`);
    return lines.join('\n');
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
