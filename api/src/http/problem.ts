import type { FastifyReply } from 'fastify';

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
  payloadTooLarge: 'urn:taiwa:problem:payload-too-large',
  unsupportedMediaType: 'urn:taiwa:problem:unsupported-media-type',
  unauthorized: 'urn:taiwa:problem:unauthorized',
  forbidden: 'urn:taiwa:problem:forbidden',
  notFound: 'urn:taiwa:problem:not-found',
  methodNotAllowed: 'urn:taiwa:problem:method-not-allowed',
  conflict: 'urn:taiwa:problem:conflict',
  preconditionRequired: 'urn:taiwa:problem:precondition-required',
  rateLimited: 'urn:taiwa:problem:rate-limited',
  unavailable: 'urn:taiwa:problem:unavailable',
  internal: 'urn:taiwa:problem:internal',
} as const;

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

/** Thrown by handlers for HTTP-only failures that are not rules of the product (auth, headers). */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'HttpProblem';
  }
}
