import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for an Azure OpenAI deployment: speaks the chat completions protocol
 * (POST /openai/deployments/{deployment}/chat/completions?api-version=…, an `api-key` header or a
 * managed identity's `Authorization: Bearer` token,
 * answer in choices[0].message.content) and records every request it received, so tests can prove
 * what was sent — or that nothing was.
 */
export interface RecordedCompletionRequest {
  path: string;
  apiVersion: string | null;
  apiKey: string | undefined;
  authorization: string | undefined;
  body: {
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string };
  };
}

export interface FakeAzureOpenAi {
  /** The endpoint to configure (AZURE_OPENAI_ENDPOINT). */
  endpoint: string;
  deployment: string;
  apiKey: string;
  requests: RecordedCompletionRequest[];
  /** What the deployment answers next: the message content, or an HTTP status to fail with. */
  answerWith(next: ((request: RecordedCompletionRequest) => string) | { status: number }): void;
  close(): Promise<void>;
}

/** Summarises every asked-for item with a fixed sentence naming its title: a well-formed answer. */
export function echoSummary(request: RecordedCompletionRequest): string {
  const user = request.body.messages.find((message) => message.role === 'user');
  const asked = JSON.parse(user?.content ?? '{"items":[]}') as {
    items: Array<{ agendaItemId: string; title: string; lines: unknown[] }>;
  };
  return JSON.stringify({
    items: asked.items.map((item) => ({
      agendaItemId: item.agendaItemId,
      said: `Talked about ${item.title} (${item.lines.length} lines).`,
      decisions: ['Try the new approach for two weeks'],
      actionItems: ['Member drafts the plan by Friday'],
    })),
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startFakeAzureOpenAi(
  options: { deployment?: string; apiKey?: string; bearerToken?: string } = {},
): Promise<FakeAzureOpenAi> {
  const deployment = options.deployment ?? 'taiwa-summary';
  const apiKey = options.apiKey ?? 'stand-in-key';
  const requests: RecordedCompletionRequest[] = [];
  let next: ((request: RecordedCompletionRequest) => string) | { status: number } = echoSummary;

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const text = await readBody(request);
    let body: RecordedCompletionRequest['body'];
    try {
      body = JSON.parse(text) as RecordedCompletionRequest['body'];
    } catch {
      send(response, 400, { error: { code: 'BadRequest', message: 'body is not JSON' } });
      return;
    }
    const apiKeyHeader = request.headers['api-key'];
    const authorization = request.headers.authorization;
    const recorded: RecordedCompletionRequest = {
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version'),
      apiKey: typeof apiKeyHeader === 'string' ? apiKeyHeader : undefined,
      authorization,
      body,
    };
    requests.push(recorded);
    if (request.method !== 'POST' || url.pathname !== `/openai/deployments/${deployment}/chat/completions`) {
      send(response, 404, { error: { code: 'DeploymentNotFound', message: 'no such deployment' } });
      return;
    }
    const bearerAccepted =
      options.bearerToken !== undefined && recorded.authorization === `Bearer ${options.bearerToken}`;
    if (recorded.apiKey !== apiKey && !bearerAccepted) {
      send(response, 401, {
        error: { code: '401', message: 'Access denied due to invalid subscription key' },
      });
      return;
    }
    if (recorded.apiVersion === null) {
      send(response, 404, { error: { code: '404', message: 'Resource not found' } });
      return;
    }
    if ('status' in next) {
      send(response, next.status, { error: { code: String(next.status), message: 'stand-in failure' } });
      return;
    }
    send(response, 200, {
      id: `chatcmpl-${requests.length}`,
      object: 'chat.completion',
      model: 'gpt-4o',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: next(recorded) } }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    deployment,
    apiKey,
    requests,
    answerWith(answer) {
      next = answer;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
