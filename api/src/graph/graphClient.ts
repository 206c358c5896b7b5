import {
  Client,
  type Context,
  GraphError,
  HTTPMessageHandler,
  type Middleware,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import type { MailboxLimiter } from './mailboxLimiter.js';

export interface GraphClientFactory {
  /**
   * A Graph client acting with the tokens `token` returns, for requests against `mailbox` (a user
   * id): at most four run at once per mailbox, and 429/503/504 are retried honouring Retry-After.
   */
  forMailbox<T>(
    mailbox: string,
    token: () => Promise<string>,
    work: (client: Client) => Promise<T>,
  ): Promise<T>;
}

export interface GraphClientOptions {
  /** GRAPH_BASE_URL, e.g. https://graph.microsoft.com (or a sovereign cloud, or a test stand-in). */
  baseUrl: string;
  limiter: MailboxLimiter;
  /** Seconds before a retry when Graph sends no Retry-After; doubled on each attempt by the handler. */
  retryDelaySeconds?: number;
  maxRetries?: number;
}

/**
 * Puts the bearer token on requests to the configured Graph origin and nowhere else. (The SDK's own
 * AuthenticationHandler only trusts https hosts it knows; this one trusts exactly GRAPH_BASE_URL.)
 */
function bearerFor(origin: string, token: string): Middleware {
  let next: Middleware | undefined;
  return {
    async execute(context: Context) {
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      if (new URL(url).origin === origin) {
        const value = `Bearer ${token}`;
        context.options ??= {};
        const headers = context.options.headers;
        if (headers instanceof Headers) headers.set('Authorization', value);
        else
          context.options.headers = {
            ...(headers as Record<string, string> | undefined),
            Authorization: value,
          };
      }
      if (next === undefined) throw new Error('the Graph middleware chain has no transport');
      await next.execute(context);
    },
    setNext(middleware: Middleware) {
      next = middleware;
    },
  };
}

export function createGraphClientFactory(options: GraphClientOptions): GraphClientFactory {
  const origin = new URL(options.baseUrl).origin;
  return {
    async forMailbox(mailbox, token, work) {
      // The token is fetched before Graph is called, so a consent failure reaches the caller as
      // itself rather than wrapped into a GraphError by the SDK.
      const bearer = await token();
      const client = Client.initWithMiddleware({
        baseUrl: options.baseUrl,
        defaultVersion: 'v1.0',
        middleware: [
          bearerFor(origin, bearer),
          new RetryHandler(new RetryHandlerOptions(options.retryDelaySeconds ?? 2, options.maxRetries ?? 3)),
          new HTTPMessageHandler(),
        ],
      });
      return options.limiter.run(mailbox, () => work(client));
    },
  };
}

export function graphStatus(error: unknown): number | null {
  return error instanceof GraphError ? error.statusCode : null;
}

/** Seconds Graph asked us to wait (Retry-After) when it gave up throttling us, if it said. */
export function graphRetryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof GraphError)) return null;
  const raw = error.headers?.get('retry-after');
  const seconds = raw === null || raw === undefined ? Number.NaN : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
