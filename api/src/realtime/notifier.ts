import { EventEmitter } from 'node:events';

/**
 * Tells listeners that a session's event log has grown. It carries no data: listeners read the
 * log from the database, so a missed or duplicated notification can never lose or repeat an event.
 */
export interface SessionChangeNotifier {
  sessionChanged(tenantId: string, sessionId: string): void;
  subscribe(tenantId: string, sessionId: string, listener: () => void): () => void;
  close(): Promise<void>;
}

/** One process: the embedded database, or tests. */
export function createInProcessNotifier(): SessionChangeNotifier {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const channel = (tenantId: string, sessionId: string) => `${tenantId}/${sessionId}`;
  return {
    sessionChanged(tenantId, sessionId) {
      emitter.emit(channel(tenantId, sessionId));
    },
    subscribe(tenantId, sessionId, listener) {
      const name = channel(tenantId, sessionId);
      emitter.on(name, listener);
      return () => emitter.off(name, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
