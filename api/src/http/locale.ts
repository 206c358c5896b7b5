import type { FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../domain/localizedText.js';

/** ja or en from the request's Accept-Language, best-weighted first; English when neither is asked for. */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'] ?? '';
  const preferences = header
    .split(',')
    .map((part) => {
      const [tag = '', q = 'q=1'] = part.trim().split(';');
      return { tag, weight: Number(q.replace('q=', '')) || 0 };
    })
    .sort((a, b) => b.weight - a.weight)
    .map((entry) => entry.tag);
  return pickLocale(preferences);
}
