import { request } from 'node:https';
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

const TIMEOUT_MS = 10_000;

/**
 * msal-node's HTTP client, on node:https so the trusted certificates can be given: production uses
 * the system's, tests add the one of their loopback authority (msal insists on https authorities).
 */
export function createMsalNetwork(options: { ca?: string | undefined } = {}): INetworkModule {
  function send<T>(url: string, method: 'GET' | 'POST', init?: NetworkRequestOptions, timeout?: number) {
    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const body = method === 'POST' ? (init?.body ?? '') : undefined;
      const headers: Record<string, string | number> = { ...(init?.headers ?? {}) };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      const outgoing = request(
        url,
        { method, headers, ...(options.ca === undefined ? {} : { ca: options.ca }) },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text === '' ? {} : JSON.parse(text);
            } catch {
              reject(new Error(`the authority answered ${response.statusCode} with a body that is not JSON`));
              return;
            }
            const responseHeaders: Record<string, string> = {};
            for (const [name, value] of Object.entries(response.headers)) {
              if (value !== undefined)
                responseHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
            }
            resolve({ headers: responseHeaders, body: parsed as T, status: response.statusCode ?? 0 });
          });
        },
      );
      outgoing.setTimeout(timeout ?? TIMEOUT_MS, () =>
        outgoing.destroy(new Error('the authority did not answer in time')),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
  return {
    sendGetRequestAsync: (url, init, timeout) => send(url, 'GET', init, timeout),
    sendPostRequestAsync: (url, init) => send(url, 'POST', init),
  };
}
