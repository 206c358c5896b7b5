import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, type IcsEvent, renderIcs } from './icsCalendar.js';

const EVENT: IcsEvent = {
  uid: 'local-1@taiwa',
  sequence: 2,
  start: new Date('2026-12-03T01:30:00Z'),
  end: new Date('2026-12-03T02:00:00Z'),
  stamp: new Date('2026-11-30T00:00:00Z'),
  summary: '1on1: Sato, Misaki; Tanaka',
  description: `Line one\nback\\slash ${'とても長い説明文です。'.repeat(8)}`,
  url: 'https://taiwa.example.com/sessions/x/prepare',
  organizer: { name: 'Misaki "M" Sato', email: 'misaki@example.com' },
  cancelled: false,
};

/** Reads the file with ical.js, as calendar clients built on it do. */
function parsed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const event = calendar.getFirstSubcomponent('vevent');
  if (event === null) throw new Error('no VEVENT');
  return { calendar, event };
}

describe('renderIcs', () => {
  const ics = renderIcs(EVENT);

  it('writes an RFC 5545 calendar with CRLF line ends and UTC times', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(ics).toContain('\r\nDTSTART:20261203T013000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261203T020000Z\r\n');
    expect(ics).toContain('\r\nSEQUENCE:2\r\n');
    expect(ics).toContain('\r\nSTATUS:CONFIRMED\r\n');
  });

  it('publishes with the organizer and no attendees, as RFC 5546 §3.2.1 requires', () => {
    const { calendar, event } = parsed(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const organizer = event.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:misaki@example.com');
    expect(organizer?.getParameter('cn')).toBe('Misaki M Sato');
    expect(event.getAllProperties('attendee')).toEqual([]);
    // The other properties PUBLISH requires: DTSTAMP, DTSTART, SUMMARY, UID.
    expect(event.getFirstPropertyValue('uid')).toBe('local-1@taiwa');
    expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T00:00:00Z');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-12-03T01:30:00Z');
    expect(event.getFirstPropertyValue('summary')).toBe('1on1: Sato, Misaki; Tanaka');
    expect(event.getFirstPropertyValue('description')).toBe(EVENT.description);
  });

  it('is a plain snapshot without METHOD when nobody is known to have booked it', () => {
    const { calendar, event } = parsed(renderIcs({ ...EVENT, organizer: null, cancelled: true }));
    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(event.getFirstProperty('organizer')).toBeNull();
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('escapes text values and folds long lines at 75 octets without splitting characters', () => {
    expect(ics).toContain('SUMMARY:1on1: Sato\\, Misaki\\; Tanaka');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain(`DESCRIPTION:Line one\\nback\\\\slash ${'とても長い説明文です。'.repeat(8)}`);
  });

  it('folds plain ASCII at exactly 75 octets', () => {
    const folded = foldIcsLine('x'.repeat(160)).split('\r\n');
    expect(folded.map((part) => part.length)).toEqual([75, 75, 12]);
    expect(folded[1]?.startsWith(' ')).toBe(true);
    expect(escapeIcsText('a,b;c\\d\r\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
});
