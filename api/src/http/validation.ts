import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { type Problem, problemTypes } from './problem.js';

const COMMON: Options = {
  allErrors: true,
  // Unknown fields are an error the caller must hear about, never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  strict: false,
};

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ ...COMMON, coerceTypes });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Bodies are JSON and must carry the right types as sent: "5" is not 5. Query strings, path
 * parameters and headers are text by nature, so they are coerced.
 */
export function registerValidation(app: FastifyInstance): void {
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema as FastifySchema),
  );
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

function fieldOf(error: ErrorObject, part: string): string {
  const segments = error.instancePath.split('/').filter((segment) => segment !== '');
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' && typeof params.missingProperty === 'string')
    segments.push(params.missingProperty);
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    segments.push(params.additionalProperty);
  }
  return [part, ...segments].join('.');
}

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'is not a known field';
  if (error.keyword === 'required') return 'is required';
  return error.message ?? 'is invalid';
}

export function validationProblem(errors: ErrorObject[] | unknown[], context: string | undefined): Problem {
  const part = PART_NAMES[context ?? 'body'] ?? 'body';
  const fields = (errors as ErrorObject[]).map((error) => ({
    field: fieldOf(error, part),
    message: messageOf(error),
  }));
  const unique = fields.filter(
    (entry, index) =>
      fields.findIndex((other) => other.field === entry.field && other.message === entry.message) === index,
  );
  return {
    type: problemTypes.validation,
    title: 'Invalid input',
    status: 400,
    detail: unique.map((entry) => `${entry.field} ${entry.message}`).join('; '),
    errors: unique,
  };
}
