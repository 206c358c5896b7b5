import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthError } from '../auth/identity.js';
import {
  isDatabaseUnavailable,
  isSchemaMissing,
  isStorageDamaged,
} from '../data/repositories/postgresErrors.js';
import { DomainError } from '../domain/errors.js';
import { HttpProblem, type Problem, problemTypes, sendProblem } from './problem.js';
import { validationProblem } from './validation.js';

/** The one detail of every access-token failure. */
export const ACCESS_TOKEN_REFUSED = 'the access token is missing, invalid or expired; sign in again';

const DOMAIN_STATUS = { not_found: 404, forbidden: 403, conflict: 409, invalid: 422 } as const;
const DOMAIN_TYPE = {
  not_found: problemTypes.notFound,
  forbidden: problemTypes.forbidden,
  conflict: problemTypes.conflict,
  invalid: problemTypes.validation,
} as const;
const DOMAIN_TITLE = {
  not_found: 'Not found',
  forbidden: 'Not allowed',
  conflict: 'Conflict with the current state',
  invalid: 'Invalid input',
} as const;

function fromDomain(error: DomainError): Problem {
  const problem: Problem = {
    type: error.reason === undefined ? DOMAIN_TYPE[error.kind] : `urn:taiwa:problem:${error.reason}`,
    title: DOMAIN_TITLE[error.kind],
    status: DOMAIN_STATUS[error.kind],
    detail: error.field === undefined ? error.message : `${error.field} ${error.message}`,
  };
  if (error.field !== undefined) problem.errors = [{ field: `body.${error.field}`, message: error.message }];
  if (error.current !== undefined) problem.current = error.current;
  return problem;
}

function fromFastify(error: FastifyError): Problem | null {
  if (error.validation !== undefined) return validationProblem(error.validation, error.validationContext);
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        type: problemTypes.malformedJson,
        title: 'The request body is not valid JSON',
        status: 400,
        errors: [{ field: 'body', message: 'is not valid JSON' }],
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        type: problemTypes.payloadTooLarge,
        title: 'The request body is too large',
        status: 413,
        errors: [{ field: 'body', message: 'is too large' }],
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        type: problemTypes.unsupportedMediaType,
        title: 'Send the body as application/json',
        status: 415,
        errors: [{ field: 'header.content-type', message: 'must be application/json' }],
      };
    default:
      break;
  }
  // SyntaxError from JSON.parse in a content-type parser carries status 400 without a code.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return { type: problemTypes.validation, title: 'Bad request', status: error.statusCode };
  }
  return null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, error.problem);
    if (error instanceof AuthError) {
      // Why is for the log only: one answer for every failure tells a caller nothing about which
      // tenants are allowed or how close a forged token came.
      request.log.info({ failure: error.failure }, 'rejected access token');
      return sendProblem(reply, {
        type: problemTypes.unauthorized,
        title: 'Sign-in required',
        status: 401,
        detail: ACCESS_TOKEN_REFUSED,
      });
    }
    if (error instanceof DomainError) return sendProblem(reply, fromDomain(error));
    const problem = fromFastify(error);
    if (problem !== null) return sendProblem(reply, problem);
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', '2');
      return sendProblem(reply, {
        type: problemTypes.unavailable,
        title: 'Taiwa is briefly unavailable; please try again',
        status: 503,
      });
    }
    if (isStorageDamaged(error)) {
      // Never an empty answer in place of rows that cannot be read.
      request.log.error({ err: error }, 'stored data cannot be read: the database files are damaged');
      return sendProblem(reply, {
        type: problemTypes.storageDamaged,
        title: 'Some stored data cannot be read',
        status: 503,
      });
    }
    if (isSchemaMissing(error)) {
      request.log.error({ err: error }, 'the database schema is missing');
      reply.header('retry-after', '30');
      return sendProblem(reply, {
        type: problemTypes.unavailable,
        title: 'Taiwa is briefly unavailable; please try again',
        status: 503,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, {
      type: problemTypes.internal,
      title: 'Something went wrong on our side',
      status: 500,
    });
  });
}
