/**
 * The parts of Microsoft Graph's documented resources Taiwa reads and writes (v1.0):
 * calendar getSchedule, event, onlineMeeting and callTranscript.
 */

/** Graph's dateTimeTimeZone: a wall-clock time and the zone it is in. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface GetScheduleRequest {
  schedules: string[];
  startTime: DateTimeTimeZone;
  endTime: DateTimeTimeZone;
  availabilityViewInterval: number;
}

export interface ScheduleItem {
  status: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isPrivate?: boolean;
  subject?: string;
  location?: string;
}

export interface ScheduleInformation {
  scheduleId: string;
  /** One digit per interval: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere. */
  availabilityView?: string;
  scheduleItems?: ScheduleItem[];
  error?: { message: string; responseCode: string };
}

export interface GraphCollection<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export interface EmailAddress {
  address: string;
  name?: string;
}

export interface EventBody {
  subject: string;
  body: { contentType: 'HTML' | 'text'; content: string };
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  attendees: Array<{ emailAddress: EmailAddress; type: 'required' | 'optional' }>;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: 'teamsForBusiness';
  allowNewTimeProposals: boolean;
  /** Graph drops a second create with the same transactionId instead of making a duplicate. */
  transactionId: string;
}

export interface GraphEvent {
  id: string;
  isCancelled?: boolean;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  onlineMeeting?: { joinUrl?: string } | null;
  webLink?: string;
}

export interface OnlineMeeting {
  id: string;
  joinWebUrl: string;
}

export interface CallTranscript {
  id: string;
  meetingId?: string;
  createdDateTime: string;
  endDateTime?: string;
  transcriptContentUrl?: string;
}

/** `2026-12-01T01:00:00` in UTC, the way Graph writes a dateTimeTimeZone's wall-clock part. */
export function toGraphUtc(instant: Date): DateTimeTimeZone {
  return { dateTime: instant.toISOString().replace(/Z$/, ''), timeZone: 'UTC' };
}

/**
 * Reads a dateTimeTimeZone we asked for in UTC (`Prefer: outlook.timezone="UTC"`). Graph writes
 * seven fractional digits and no offset.
 */
export function fromGraphUtc(value: DateTimeTimeZone): Date {
  const text = /[zZ]|[+-]\d{2}:\d{2}$/.test(value.dateTime) ? value.dateTime : `${value.dateTime}Z`;
  const instant = new Date(text.replace(/(\.\d{3})\d+/, '$1'));
  if (
    value.timeZone !== 'UTC' &&
    value.timeZone !== 'Etc/UTC' &&
    !/[zZ]|[+-]\d{2}:\d{2}$/.test(value.dateTime)
  ) {
    throw new Error(`expected a UTC time from Graph, got zone "${value.timeZone}"`);
  }
  if (Number.isNaN(instant.getTime())) throw new Error(`Graph sent an unreadable time "${value.dateTime}"`);
  return instant;
}

export const PREFER_UTC = 'outlook.timezone="UTC"';
