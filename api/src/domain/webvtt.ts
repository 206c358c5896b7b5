/**
 * WebVTT (W3C WebVTT, the format Teams writes transcripts in), reduced to what a transcript needs:
 * who spoke (`<v Name>` voice tags), when, and what. Styling, regions and cue settings are read
 * past and dropped; identifiers are kept so a rendered file stays recognisable.
 */

export interface TranscriptCue {
  /** The cue identifier line, when the file had one. */
  id: string | null;
  /** Milliseconds from the start of the meeting. */
  startMs: number;
  endMs: number;
  /** The first voice of the cue (`<v Name>`), or null when the cue names nobody. */
  speaker: string | null;
  /** Plain text: tags removed, character references decoded, lines joined with `\n`. */
  text: string;
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
// hours are optional and may have more than two digits; minutes and seconds are two digits each.
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

export function parseTimestamp(text: string): number | null {
  const match = TIMESTAMP.exec(text);
  if (match === null) return null;
  const [, hours = '0', minutes = '0', seconds = '0', millis = '0'] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
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

/** `start --> end [settings]`, or null when the line is not a timing line. */
function parseTimingLine(line: string): { startMs: number; endMs: number } | null {
  const arrow = line.indexOf(ARROW);
  if (arrow < 0) return null;
  const start = line.slice(0, arrow).trim();
  // Cue settings (position:10% align:start …) follow the end timestamp after whitespace.
  const end = line
    .slice(arrow + ARROW.length)
    .trim()
    .split(/[ \t]+/)[0];
  const startMs = parseTimestamp(start);
  const endMs = end === undefined ? null : parseTimestamp(end);
  if (startMs === null || endMs === null) return null;
  return { startMs, endMs };
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
  return input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Parses a WebVTT file. Throws WebVttError when the file is not WebVTT at all (no signature) or a
 * cue's timing is unreadable; everything the spec says to ignore is ignored.
 */
export function parseWebVtt(input: string): TranscriptCue[] {
  const lines = splitLines(input);
  const signature = lines[0] ?? '';
  if (!/^WEBVTT(?:[ \t].*)?$/.test(signature)) {
    throw new WebVttError('a WebVTT file starts with "WEBVTT"', 1);
  }
  let index = 1;
  // The header runs to the first blank line.
  while (index < lines.length && lines[index] !== '') index++;

  const cues: TranscriptCue[] = [];
  while (index < lines.length) {
    while (index < lines.length && lines[index] === '') index++;
    if (index >= lines.length) break;
    const blockStart = index;
    const first = lines[index] ?? '';

    if (!first.includes(ARROW) && BLOCK_KEYWORD.test(first)) {
      while (index < lines.length && lines[index] !== '') index++;
      continue;
    }

    let id: string | null = null;
    let timingLine = first;
    if (!first.includes(ARROW)) {
      id = first;
      index++;
      timingLine = lines[index] ?? '';
      if (index >= lines.length || timingLine === '') {
        // An identifier with nothing after it is not a cue; skip the block.
        continue;
      }
      if (!timingLine.includes(ARROW)) {
        throw new WebVttError('expected a cue timing line "start --> end"', index + 1);
      }
    }
    const timing = parseTimingLine(timingLine);
    if (timing === null)
      throw new WebVttError('the cue timing is not "hh:mm:ss.ttt --> hh:mm:ss.ttt"', index + 1);
    index++;

    const payload: string[] = [];
    // A line containing "-->" ends the payload: it is the next cue's timing (the spec's rule).
    while (index < lines.length && lines[index] !== '' && !(lines[index] ?? '').includes(ARROW)) {
      payload.push(lines[index] ?? '');
      index++;
    }
    const { speaker, text } = readCueText(payload.join('\n'));
    cues.push({ id, startMs: timing.startMs, endMs: timing.endMs, speaker, text });
    if (index === blockStart) index++;
  }
  return cues;
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
    if (id !== '' && !BLOCK_KEYWORD.test(id)) lines.push(id);
    lines.push(`${formatTimestamp(cue.startMs)} ${ARROW} ${formatTimestamp(cue.endMs)}`);
    const body = cue.text
      .split('\n')
      .filter((line) => line !== '')
      .map(escapeText)
      .join('\n');
    lines.push(cue.speaker === null ? body : `<v ${escapeText(cue.speaker)}>${body}</v>`);
    return lines.join('\n');
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
