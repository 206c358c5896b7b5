/**
 * The one logger type of the API: what jobs, passes, the realtime notifier and route helpers write
 * to. Fastify's pino logger (`app.log`, its children) satisfies it, and tests can pass a recorder.
 * Details are structured; never put memo text, notes, transcripts or tokens in them.
 */
export interface Logger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}
