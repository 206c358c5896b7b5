import type { FastifyInstance } from 'fastify';
import { HttpProblem, problemTypes } from './problem.js';

/** PostgreSQL text cannot hold U+0000; such input is refused up front instead of failing in the database. */
function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = findNul(entry, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      const found = findNul(key, [...path, key]) ?? findNul(entry, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

export function registerNulRejection(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found =
      findNul(request.body, ['body']) ??
      findNul(request.query, ['query']) ??
      findNul(request.params, ['path']);
    if (found === null) return;
    const field = found.join('.');
    throw new HttpProblem({
      type: problemTypes.validation,
      title: 'Invalid input',
      status: 400,
      detail: `${field} must not contain NUL characters`,
      errors: [{ field, message: 'must not contain NUL characters' }],
    });
  });
}
