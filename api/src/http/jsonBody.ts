import type { FastifyInstance } from 'fastify';
import { HttpProblem, problemTypes } from './problem.js';

/**
 * Deeper than any body Taiwa or the Bot Framework sends: our requests nest four or five levels, and
 * an Adaptive Card with containers inside columns inside containers stays well under forty.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * How deep `text` nests objects and arrays, stopping as soon as it passes `limit`. One pass over the
 * characters, no allocation, no recursion: a body of 125,000 opening brackets costs the same as any
 * other body of that size. Brackets inside strings do not count.
 */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return true;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

export function tooDeeplyNested(limit: number): HttpProblem {
  return new HttpProblem({
    type: problemTypes.tooDeeplyNested,
    title: 'The request body is nested too deeply',
    status: 400,
    detail: `body nests objects and arrays more than ${limit} levels deep`,
    errors: [{ field: 'body', message: `must not nest more than ${limit} levels deep` }],
  });
}

/**
 * Replaces Fastify's JSON parser with one that measures the nesting of the raw text before anything
 * parses or walks it, so a hostile body is refused in one cheap pass instead of reaching a recursive
 * walk (the NUL check, validation, the bot's activity handling). The parse itself stays Fastify's,
 * with its protection against `__proto__` and `constructor` poisoning.
 */
export function registerJsonBodyParser(app: FastifyInstance, options: { maxDepth?: number } = {}): void {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (exceedsJsonDepth(text, maxDepth)) {
      done(tooDeeplyNested(maxDepth), undefined);
      return;
    }
    parse(request, text, done);
  });
}
