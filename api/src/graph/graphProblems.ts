import { GraphError } from '@microsoft/microsoft-graph-client';
import { Type } from 'typebox';
import { HttpProblem, type Problem, problemTypes } from '../http/problem.js';
import { GraphConsentRequiredError } from './graphTokens.js';

export const GRAPH_CONSENT_REQUIRED = 'urn:taiwa:problem:graph-consent-required';
export const GRAPH_UNAVAILABLE = 'urn:taiwa:problem:graph-unavailable';

/** What the tab needs to offer a consent button: which scopes, and whether only an admin can grant them. */
export interface ConsentProblem extends Problem {
  scopes: string[];
  adminConsentRequired: boolean;
}

export const GraphProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  scopes: Type.Optional(Type.Array(Type.String())),
  adminConsentRequired: Type.Optional(Type.Boolean()),
});

function consentProblem(scopes: readonly string[], adminConsentRequired: boolean): ConsentProblem {
  return {
    type: GRAPH_CONSENT_REQUIRED,
    title: adminConsentRequired ? 'Microsoft 365 needs admin consent' : 'Microsoft 365 needs your consent',
    status: 403,
    detail: adminConsentRequired
      ? 'Taiwa needs admin consent to use your calendar: ask a Microsoft 365 administrator to grant Taiwa its permissions'
      : 'Allow Taiwa to use your calendar, then try again',
    scopes: [...scopes],
    adminConsentRequired,
  };
}

/**
 * Turns a failure of a delegated Graph call into the problem the caller sees: consent they (or an
 * admin) must give, or Microsoft 365 being unavailable. Null for errors that are not Graph's.
 */
export function graphProblem(error: unknown, scopes: readonly string[]): HttpProblem | null {
  if (error instanceof GraphConsentRequiredError)
    return new HttpProblem(consentProblem(error.scopes, error.adminRequired));
  if (!(error instanceof GraphError)) return null;
  if (error.statusCode === 403) return new HttpProblem(consentProblem(scopes, true));
  if (error.statusCode === 429) {
    return new HttpProblem({
      type: problemTypes.rateLimited,
      title: 'Microsoft 365 is busy',
      status: 503,
      detail: 'Microsoft 365 asked us to slow down; try again in a minute',
    });
  }
  return new HttpProblem({
    type: GRAPH_UNAVAILABLE,
    title: 'Microsoft 365 did not answer as expected',
    status: 502,
    detail: `the calendar service answered ${error.statusCode}${error.code === null ? '' : ` (${error.code})`}`,
  });
}
