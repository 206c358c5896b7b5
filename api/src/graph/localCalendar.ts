import { randomUUID } from 'node:crypto';
import type { TenantData } from '../data/tenantData.js';
import type { CalendarPort } from '../domain/calendarPort.js';
import type { TranscriptSourcePort } from '../domain/transcriptSource.js';

/**
 * Dev mode's calendar: there is no tenant mailbox, so free/busy is both people's Taiwa 1on1s and a
 * booking is the session itself (offered as an .ics file). No Teams link can be made.
 */
export function createLocalCalendar(options: { data: TenantData; organizerId: string }): CalendarPort {
  return {
    kind: 'local',
    busy: (people, window) =>
      options.data.bookings.busyFor(
        people.map((person) => person.id),
        window,
      ),
    async book() {
      return { eventId: `local-${randomUUID()}`, joinUrl: null, organizerId: options.organizerId };
    },
    async cancel() {
      // The event exists only as the session row, which the failed transaction never wrote.
    },
  };
}

/** Dev mode's transcripts arrive as uploaded .vtt files; there is nothing to fetch. */
export const uploadOnlyTranscripts: TranscriptSourcePort = {
  fetches: false,
  async lookup() {
    return { kind: 'gone' };
  },
};
