/**
 * What can go wrong in a rule of the product. The HTTP layer maps each kind to a status and a
 * problem type; the domain never knows about HTTP.
 */
export type DomainErrorKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** For `invalid`: the input field at fault, e.g. `scheduledEnd`. */
    readonly field?: string,
    /** For `conflict`: the current state the caller must reconcile with. */
    readonly current?: unknown,
    /** A stable name for a rule clients branch on (becomes `urn:taiwa:problem:<reason>`); else the kind's. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (why: string) => new DomainError('forbidden', why);
export const invalid = (field: string, why: string) => new DomainError('invalid', why, field);
export const conflict = (why: string, current?: unknown) =>
  new DomainError('conflict', why, undefined, current);

/** The pair already has a 1on1 at that time: `existing` is the one the new schedule collides with. */
export const overlapping1on1 = (existing: unknown) =>
  new DomainError(
    'conflict',
    'the pair already has a 1on1 at that time',
    undefined,
    existing,
    'overlapping-1on1',
  );
