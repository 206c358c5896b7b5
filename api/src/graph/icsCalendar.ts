/**
 * An iCalendar (RFC 5545) file with one event: what dev mode offers instead of an Outlook invitation.
 * Text values are escaped (§3.3.11), lines end in CRLF and are folded at 75 octets without splitting
 * a UTF-8 character (§3.1).
 *
 * It is published as iTIP (RFC 5546 §3.2.1) describes an unsolicited posting: `METHOD:PUBLISH`
 * with the ORGANIZER (who booked the 1on1) and no ATTENDEE, which PUBLISH forbids; the pair is
 * named in the summary. Without a known organizer there is no METHOD at all: the file is then a
 * plain snapshot (RFC 5545 §3.7.2), which needs no organizer.
 */

export interface IcsEvent {
  uid: string;
  /** Bumped when the event changes, so calendars replace their copy. */
  sequence: number;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  description: string;
  url: string | null;
  /** Who booked it; null when nobody with an e-mail address is known to have. */
  organizer: { name: string; email: string } | null;
  cancelled: boolean;
}

export function escapeIcsText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted, and DQUOTE, which cannot appear even when quoted, dropped. */
function paramValue(value: string): string {
  return `"${value.replace(/["\r\n]/g, '')}"`;
}

/** A cal-address (RFC 5545 §3.3.3) is a URI: characters a URI cannot hold are percent-encoded. */
function mailto(email: string): string {
  return `mailto:${encodeURI(email.trim())}`;
}

function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; continuation lines start with a space, leaving 74.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function renderIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Taiwa//1on1//EN',
    'CALSCALE:GREGORIAN',
    ...(event.organizer === null ? [] : ['METHOD:PUBLISH']),
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.start)}`,
    `DTEND:${icsUtc(event.end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    `DESCRIPTION:${escapeIcsText(event.description)}`,
    ...(event.url === null ? [] : [`URL:${event.url}`]),
    ...(event.organizer === null
      ? []
      : [`ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`]),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
