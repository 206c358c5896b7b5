/**
 * A small fetch for the booking and transcript views: they need what the shared client does not
 * carry (problem extras such as consent scopes, a file download, a text/vtt upload).
 */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  current?: unknown;
  /** graph-consent-required: the scopes to ask for, and whether only an admin can grant them. */
  scopes?: string[];
  adminConsentRequired?: boolean;
}

/** Its message is shown to people: the title, which the server writes in the tab's language. */
export class TaiwaProblem extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.title);
    this.name = 'TaiwaProblem';
  }
}

export const GRAPH_CONSENT_REQUIRED = 'urn:taiwa:problem:graph-consent-required';

export interface Caller {
  token: string;
  locale: string;
}

export async function taiwaFetch(caller: Caller, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${caller.token}`);
  headers.set('Accept-Language', caller.locale);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const response = await fetch(`/api/v1${path}`, { ...init, headers });
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const problem =
    typeof body === 'object' && body !== null && 'title' in body
      ? (body as ProblemBody)
      : { type: 'about:blank', title: `HTTP ${response.status}`, status: response.status };
  throw new TaiwaProblem(problem);
}

export async function taiwaJson<T>(caller: Caller, path: string, init: RequestInit = {}): Promise<T> {
  return (await taiwaFetch(caller, path, init)).json() as Promise<T>;
}

/** The browser's IANA time zone, which the API uses for working hours. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';
}
