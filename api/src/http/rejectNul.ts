import type { FastifyInstance } from 'fastify';
import { invalidField } from './problem.js';

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
}

function pathOf(visit: Visit): string {
  const segments: string[] = [];
  for (let at: Visit | null = visit; at !== null; at = at.parent) segments.push(at.key);
  return segments.reverse().join('.');
}

/**
 * The path of the first string (value or key) holding U+0000, or null. It walks with its own stack,
 * never the call stack, and each visit points at its parent instead of copying the path, so depth
 * costs neither stack frames nor quadratic copying; the path is spelled out only for the one at fault.
 */
export function findNul(root: unknown, rootName: string): string | null {
  const stack: Visit[] = [{ value: root, key: rootName, parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value } = visit;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return pathOf(visit);
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        stack.push({ value: value[index], key: String(index), parent: visit });
      }
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, entry] = entries[index] as [string, unknown];
        const child = { value: entry, key, parent: visit };
        if (key.includes('\u0000')) return pathOf(child);
        stack.push(child);
      }
    }
  }
  return null;
}

/** PostgreSQL text cannot hold U+0000; such input is refused up front instead of failing in the database. */
export function registerNulRejection(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const field =
      findNul(request.body, 'body') ?? findNul(request.query, 'query') ?? findNul(request.params, 'path');
    if (field === null) return;
    throw invalidField(field, 'must not contain NUL characters');
  });
}
