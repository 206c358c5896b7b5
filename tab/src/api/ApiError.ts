/** RFC 9457 problem details as the server sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  /** On a 409: the resource as it is now, so the client can show it instead of its stale copy. */
  current?: unknown;
  /** graph-consent-required: the scopes to ask for, and whether only an admin can grant them. */
  scopes?: string[];
  adminConsentRequired?: boolean;
}

/** Microsoft 365 needs someone's consent before Taiwa can read calendars (booking). */
export const GRAPH_CONSENT_REQUIRED = 'urn:taiwa:problem:graph-consent-required';

/** A failed API call: an HTTP error (with its problem details when present) or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** status 0 = the request never got an HTTP answer (offline, DNS, CORS, aborted). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Someone else changed the resource since we read it (stale If-Match). */
  get isConflict(): boolean {
    return this.status === 409;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Accepts only well-formed problem objects so UI code can trust every field it reads. */
export function toProblem(body: unknown, status: number): Problem | null {
  if (!isRecord(body) || typeof body.title !== 'string') return null;
  const errors = Array.isArray(body.errors)
    ? body.errors.flatMap((e) =>
        isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string'
          ? [{ field: e.field, message: e.message }]
          : [],
      )
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: body.title,
    status: typeof body.status === 'number' ? body.status : status,
    ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
    ...(errors ? { errors } : {}),
    ...('current' in body ? { current: body.current } : {}),
    ...(Array.isArray(body.scopes) ? { scopes: body.scopes.filter((s) => typeof s === 'string') } : {}),
    ...(typeof body.adminConsentRequired === 'boolean'
      ? { adminConsentRequired: body.adminConsentRequired }
      : {}),
  };
}
