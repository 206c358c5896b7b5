import type { FastifyReply } from 'fastify';
import { problemTitle } from '../text/problemTitles.js';
import { requestLocale } from './locale.js';

/**
 * RFC 9457 problem details. `type` is stable and documented; clients branch on it, never on `title`.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** For invalid input: every field at fault, as `body.scheduledEnd`, `query.chatId`, `header.if-match`. */
  errors?: Array<{ field: string; message: string }>;
  /** For conflicts: the state the caller's write collided with. */
  current?: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export const problemTypes = {
  validation: 'urn:taiwa:problem:validation',
  malformedJson: 'urn:taiwa:problem:malformed-json',
  tooDeeplyNested: 'urn:taiwa:problem:too-deeply-nested',
  payloadTooLarge: 'urn:taiwa:problem:payload-too-large',
  unsupportedMediaType: 'urn:taiwa:problem:unsupported-media-type',
  unauthorized: 'urn:taiwa:problem:unauthorized',
  forbidden: 'urn:taiwa:problem:forbidden',
  notFound: 'urn:taiwa:problem:not-found',
  methodNotAllowed: 'urn:taiwa:problem:method-not-allowed',
  misdirectedRequest: 'urn:taiwa:problem:misdirected-request',
  conflict: 'urn:taiwa:problem:conflict',
  /** A second 1on1 of the same pair overlapping a planned one; `current` is the existing 1on1. */
  overlapping1on1: 'urn:taiwa:problem:overlapping-1on1',
  /** Going live by opening the panel outside the 1on1's window (a 1on1 days ahead stays planned). */
  outsideMeetingWindow: 'urn:taiwa:problem:outside-meeting-window',
  preconditionRequired: 'urn:taiwa:problem:precondition-required',
  rateLimited: 'urn:taiwa:problem:rate-limited',
  requestTimeout: 'urn:taiwa:problem:request-timeout',
  unavailable: 'urn:taiwa:problem:unavailable',
  storageDamaged: 'urn:taiwa:problem:storage-damaged',
  internal: 'urn:taiwa:problem:internal',
} as const;

/** Sends a problem with its title in the caller's language; `type`, status and fields stay as they are. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  const title = problemTitle(problem.type, requestLocale(reply.request)) ?? problem.title;
  return reply
    .code(problem.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...problem, title });
}

/** Thrown by handlers for HTTP-only failures that are not rules of the product (auth, headers). */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'HttpProblem';
  }
}

/** Input refused for one named field: the detail reads `${field} ${message}`, and `errors` names the field. */
export function invalidField(field: string, message: string, status: 400 | 422 = 400): HttpProblem {
  return new HttpProblem({
    type: problemTypes.validation,
    title: 'Invalid input',
    status,
    detail: `${field} ${message}`,
    errors: [{ field, message }],
  });
}
