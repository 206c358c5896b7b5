import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, invalidField, problemTypes } from './problem.js';

/**
 * Optimistic concurrency over HTTP: a versioned resource's ETag is its version, and a write must
 * name the version it saw in If-Match. Weak (`W/"3"`) and strong (`"3"`) forms are both accepted
 * because the comparison is on the version number alone; `*` is refused, since it would let a
 * write overwrite changes the caller never saw.
 */
export function etagOf(version: number): string {
  return `"${version}"`;
}

const ENTITY_TAG = /^(?:W\/)?"(\d{1,9})"$/;

export function parseIfMatch(header: string | string[] | undefined): number {
  const raw = Array.isArray(header) ? header.join(',') : header;
  if (raw === undefined || raw.trim() === '') {
    throw new HttpProblem({
      type: problemTypes.preconditionRequired,
      title: 'If-Match is required',
      status: 428,
      detail: 'send the ETag you last saw in If-Match, so a change made in the meantime is not overwritten',
      errors: [{ field: 'header.if-match', message: 'is required' }],
    });
  }
  const match = ENTITY_TAG.exec(raw.trim());
  if (match?.[1] === undefined) {
    throw invalidField('header.if-match', 'must be one ETag as sent by this API, e.g. "3"');
  }
  return Number(match[1]);
}

/** The version the caller saw, from the request's If-Match. */
export function expectedVersion(request: FastifyRequest): number {
  return parseIfMatch(request.headers['if-match']);
}

export function sendETag(reply: FastifyReply, version: number): FastifyReply {
  return reply.header('etag', etagOf(version));
}
