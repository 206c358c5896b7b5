import { browserTimeZone, type Caller, taiwaFetch, taiwaJson } from './taiwaFetch';

export interface Proposal {
  scheduledStart: string;
  scheduledEnd: string;
  /** The date the pair's rhythm puts the next 1on1 on. */
  rhythm?: boolean;
}

export interface Proposals {
  proposals: Proposal[];
  /** The rhythm's date, offered or not (`free` says whether both can make it). */
  rhythm: { scheduledStart: string; scheduledEnd: string; free: boolean } | null;
  timeZone: string;
  calendar: 'graph' | 'local';
}

export interface BookedSession {
  id: string;
  pairId: string;
  status: 'planned' | 'live' | 'ended';
  scheduledStart: string;
  scheduledEnd: string;
  joinUrl: string | null;
  calendar: 'graph' | 'local';
  icsUrl: string;
  cancelled: boolean;
  /** False once Taiwa stopped following the Outlook event (Microsoft 365 kept refusing to let it read it). */
  calendarFollowed?: boolean;
}

const seg = encodeURIComponent;

export function fetchProposals(caller: Caller, sessionId: string, days = 14) {
  const query = new URLSearchParams({ days: String(days), timeZone: browserTimeZone() });
  return taiwaJson<Proposals>(caller, `/sessions/${seg(sessionId)}/next/proposals?${query}`);
}

export function bookNext(caller: Caller, sessionId: string, slot: Proposal) {
  return taiwaJson<BookedSession>(caller, `/sessions/${seg(sessionId)}/next`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      scheduledStart: slot.scheduledStart,
      scheduledEnd: slot.scheduledEnd,
      timeZone: browserTimeZone(),
    }),
  });
}

/** Saves the session's .ics file (dev mode, or to add it to another calendar). */
export async function downloadIcs(caller: Caller, sessionId: string): Promise<void> {
  const response = await taiwaFetch(caller, `/sessions/${seg(sessionId)}/calendar.ics`, {
    headers: { Accept: 'text/calendar' },
  });
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'taiwa-1on1.ics';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
