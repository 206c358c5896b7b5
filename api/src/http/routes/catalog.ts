import type { FastifyInstance } from 'fastify';
import { DEFAULT_CATALOG } from '../../domain/catalog.js';
import { CatalogSchema, problemResponses } from '../schemas.js';

export async function catalogRoutes(app: FastifyInstance) {
  app.get(
    '/catalog',
    {
      schema: {
        summary: 'Themes, expected responses and dice faces, in Japanese and English',
        tags: ['catalog'],
        response: { 200: CatalogSchema, ...problemResponses },
      },
    },
    async () => DEFAULT_CATALOG,
  );
}
