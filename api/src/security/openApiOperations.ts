import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from './schemaArbitrary.js';

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI template, e.g. `/api/v1/sessions/{sessionId}/memos/{memoId}`. */
  path: string;
  hasJsonBody: boolean;
  bodySchema: JsonSchema | null;
  secured: boolean;
}

/** Every operation the API documents: security tests are generated from this, so no route is forgotten. */
export async function documentedOperations(app: FastifyInstance): Promise<Operation[]> {
  const document = (await app.inject({ url: '/api/v1/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; security?: unknown[] }
      >
    >;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        hasJsonBody: operation.requestBody?.content?.['application/json'] !== undefined,
        bodySchema: operation.requestBody?.content?.['application/json']?.schema ?? null,
        secured: (operation.security?.length ?? 0) > 0,
      });
    }
  }
  return operations;
}

/** Fills `{name}` placeholders from a table of known ids; unknown names get a syntactically valid id. */
export function fillPath(template: string, ids: Readonly<Record<string, string>>): string {
  return template.replace(
    /\{(\w+)\}/g,
    (_, name: string) => ids[name] ?? '00000000-0000-4000-8000-00000000dead',
  );
}
