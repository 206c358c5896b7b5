import { type ApiRequest, type DownloadedFile, saveFile } from '../../api/client';
import type { RequestBodyOf, ResponseOf } from '../../api/contract';
import { browserTimeZone } from '../../host/timeZone';

/** Free times for the next 1on1; `rhythm` is the pair's rhythm date, offered or not (`free`). */
export type Proposals = ResponseOf<'/api/v1/sessions/{sessionId}/next/proposals'>;
/** `rhythm` marks the date the pair's rhythm puts the next 1on1 on. */
export type Proposal = Proposals['proposals'][number];
/** `calendarFollowed` is false once Microsoft 365 kept refusing to let Taiwa read the Outlook event. */
export type BookedSession = ResponseOf<'/api/v1/sessions/{sessionId}/next', 'post', 201>;
type BookingRequest = RequestBodyOf<'/api/v1/sessions/{sessionId}/next', 'post'>;

const seg = encodeURIComponent;

/** The booking calls, on the signed-in user's client (`useEndpoints(bookingEndpoints)`). */
export function bookingEndpoints(request: ApiRequest) {
  return {
    proposals: (sessionId: string, days = 14) => {
      const query = new URLSearchParams({ days: String(days), timeZone: browserTimeZone() });
      return request<Proposals>(`/sessions/${seg(sessionId)}/next/proposals?${query}`);
    },
    bookNext: (sessionId: string, slot: Proposal) => {
      const body: BookingRequest = {
        scheduledStart: slot.scheduledStart,
        scheduledEnd: slot.scheduledEnd,
        timeZone: browserTimeZone(),
      };
      return request<BookedSession>(`/sessions/${seg(sessionId)}/next`, { method: 'POST', body });
    },
    /** Saves the session's .ics file (dev mode, or to add it to another calendar). */
    downloadIcs: async (sessionId: string): Promise<void> => {
      const file = await request<DownloadedFile>(`/sessions/${seg(sessionId)}/calendar.ics`, {
        file: 'text/calendar',
      });
      saveFile(file, 'taiwa-1on1.ics');
    },
  };
}
