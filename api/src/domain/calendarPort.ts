import type { Person } from './people.js';
import type { Interval } from './slots.js';

/**
 * The calendar the next 1on1 is booked in: Outlook through Microsoft Graph in a tenant, Taiwa's own
 * sessions in dev mode. One instance acts for one signed-in person.
 */

export interface MeetingRequest {
  subject: string;
  /** HTML for the invitation body. */
  bodyHtml: string;
  start: Date;
  end: Date;
  /** The organizer's IANA zone, so the invitation shows local times. */
  timeZone: string;
  attendees: readonly Person[];
  /** The same key for a retried booking, so the calendar creates the event only once. */
  idempotencyKey: string;
}

export interface BookedMeeting {
  eventId: string;
  /** The Teams meeting link; null where the calendar cannot make one (dev mode). */
  joinUrl: string | null;
  /** Whose calendar holds the event (its organizer). */
  organizerId: string;
}

export interface CalendarPort {
  readonly kind: 'graph' | 'local';
  /** Times any of `people` is busy within `window`. */
  busy(people: readonly Person[], window: Interval): Promise<Interval[]>;
  book(request: MeetingRequest): Promise<BookedMeeting>;
  /** Takes back an event this port booked (when saving the session failed afterwards). */
  cancel(eventId: string): Promise<void>;
}

export type CalendarEventState =
  | { kind: 'scheduled'; start: Date; end: Date }
  /** Cancelled by the organizer, or deleted from the calendar. */
  | { kind: 'cancelled' }
  /** Microsoft 365 does not let Taiwa read it (no admin consent, or the mailbox is out of scope). */
  | { kind: 'not_permitted'; reason: string };

/** Reads booked events in the background, without a signed-in person. */
export interface CalendarWatchPort {
  read(tenantId: string, organizerId: string, eventId: string): Promise<CalendarEventState>;
}
