import type { paths } from './contract.gen';

/**
 * Types of the API, read from its contract (contract.gen.ts, generated from the server's routes), so
 * the tab never mirrors a shape by hand: a change on the server that breaks the tab fails to compile.
 */
export type ApiPath = keyof paths;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;
type JsonContent<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body a successful `M P` answers with (200 unless `S` says otherwise). */
export type ResponseOf<P extends ApiPath, M extends Method = 'get', S extends number = 200> =
  Operation<P, M> extends { responses: infer Responses }
    ? S extends keyof Responses
      ? JsonContent<Responses[S]>
      : never
    : never;

/** The JSON body `M P` accepts. */
export type RequestBodyOf<P extends ApiPath, M extends Method> =
  Operation<P, M> extends { requestBody?: infer Body } ? JsonContent<NonNullable<Body>> : never;

/** The query parameters of `M P`. */
export type QueryOf<P extends ApiPath, M extends Method = 'get'> =
  Operation<P, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
