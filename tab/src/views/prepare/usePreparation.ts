import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { AgendaContent, AgendaItem, Catalog, SessionDetail } from '../../api/types';
import { describeError } from '../../components/describeError';
import { type LoadState, useLoad } from '../../components/useLoad';
import { useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';
import {
  agendaReducer,
  contentPatch,
  emptyAgenda,
  type ItemPatch,
  isPending,
  movePatches,
  type PendingChange,
  provisionalItem,
  visibleAgenda,
} from './agendaState';
import { afterRefusedWrite } from './refusedWrite';

export interface Notice {
  intent: 'error' | 'warning';
  text: string;
}

export interface Preparation {
  load: LoadState<{ session: SessionDetail; catalog: Catalog }> & { retry(): void };
  session: SessionDetail | null;
  catalog: Catalog | null;
  items: AgendaItem[];
  pending(itemId: string): boolean;
  notice: Notice | null;
  dismissNotice(): void;
  refresh(): Promise<void>;
  /** Each change shows at once; the outcome says whether the server kept it. */
  add(content: AgendaContent): Promise<WriteOutcome>;
  edit(item: AgendaItem, content: AgendaContent): Promise<WriteOutcome>;
  remove(item: AgendaItem): Promise<WriteOutcome>;
  move(item: AgendaItem, delta: -1 | 1): Promise<WriteOutcome>;
}

/**
 * `saved`; `stale` when the agenda changed underneath (someone else's edit, or the 1on1 ended) and
 * has been reloaded; `failed` for anything else, with the change rolled back.
 */
export type WriteOutcome = 'saved' | 'stale' | 'failed';

let changeCounter = 0;
const nextChangeId = () => `change-${++changeCounter}`;

/**
 * One session's agenda with optimistic writes: every change shows at once, is rolled back if the
 * server refuses it, and a conflict (someone else changed it) reloads the agenda and says so.
 */
export function usePreparation(sessionId: string): Preparation {
  const api = useApi();
  const { t } = useT();
  const load = useLoad(
    async (signal) => {
      const [session, catalog] = await Promise.all([api.session(sessionId, signal), api.catalog(signal)]);
      return { session, catalog };
    },
    [api, sessionId],
  );
  const [session, setSession] = useState<SessionDetail | null>(null);
  const [agenda, dispatch] = useReducer(agendaReducer, emptyAgenda);
  const [notice, setNotice] = useState<Notice | null>(null);
  // Writes need the latest agenda (versions) without re-creating every callback on each change.
  const agendaRef = useRef(agenda);
  agendaRef.current = agenda;

  const loaded = load.status === 'done' ? load.data : null;
  useEffect(() => {
    if (!loaded) return;
    setSession(loaded.session);
    dispatch({ type: 'loaded', items: loaded.session.agenda });
  }, [loaded]);

  const refresh = useCallback(async () => {
    const fresh = await api.session(sessionId);
    setSession(fresh);
    dispatch({ type: 'loaded', items: fresh.agenda });
  }, [api, sessionId]);

  const run = useCallback(
    async (change: PendingChange, write: () => Promise<AgendaItem[]>): Promise<WriteOutcome> => {
      dispatch({ type: 'started', change });
      try {
        const saved = await write();
        dispatch({ type: 'succeeded', changeId: change.id, saved });
        return 'saved';
      } catch (error) {
        dispatch({ type: 'failed', changeId: change.id });
        const fresh = await api.session(sessionId).catch(() => null);
        if (fresh) {
          setSession(fresh);
          dispatch({ type: 'loaded', items: fresh.agenda });
        }
        const refused = afterRefusedWrite(error, fresh?.status ?? null);
        setNotice({
          intent: refused.intent,
          text:
            refused.outcome === 'failed'
              ? `${t(refused.message)} (${describeError(error, t)})`
              : t(refused.message),
        });
        return refused.outcome;
      }
    },
    [api, sessionId, t],
  );

  const catalog = loaded?.catalog ?? null;

  const add = useCallback(
    (content: AgendaContent) => {
      if (!session || !catalog) return Promise.resolve<WriteOutcome>('failed');
      const me = session.myRole === 'manager' ? session.manager : session.member;
      const id = nextChangeId();
      const item = provisionalItem({
        id: `pending-${id}`,
        sessionId: session.id,
        author: { id: me.id, displayName: me.displayName },
        authorRole: session.myRole,
        content,
        catalog,
        items: visibleAgenda(agendaRef.current),
      });
      return run({ id, kind: 'add', item }, async () => [await api.addAgendaItem(session.id, content)]);
    },
    [api, catalog, run, session],
  );

  const edit = useCallback(
    (item: AgendaItem, content: AgendaContent) => {
      if (!catalog) return Promise.resolve<WriteOutcome>('failed');
      const patches: ItemPatch[] = [{ itemId: item.id, patch: contentPatch(content, catalog) }];
      return run({ id: nextChangeId(), kind: 'update', patches }, async () => [
        await api.updateAgendaItem(item, content),
      ]);
    },
    [api, catalog, run],
  );

  const remove = useCallback(
    (item: AgendaItem) =>
      run({ id: nextChangeId(), kind: 'remove', itemId: item.id }, async () => {
        await api.deleteAgendaItem(item);
        return [];
      }),
    [api, run],
  );

  const move = useCallback(
    (item: AgendaItem, delta: -1 | 1) => {
      const items = visibleAgenda(agendaRef.current);
      const patches = movePatches(items, item.id, delta);
      if (patches.length === 0) return Promise.resolve<WriteOutcome>('saved');
      return run({ id: nextChangeId(), kind: 'update', patches }, async () => {
        const saved: AgendaItem[] = [];
        // One at a time, each with the version we hold, so a conflict stops the rest.
        for (const { itemId, patch } of patches) {
          const current = items.find((i) => i.id === itemId);
          if (!current || patch.position === undefined) continue;
          saved.push(await api.updateAgendaItem(current, { position: patch.position }));
        }
        return saved;
      });
    },
    [api, run],
  );

  return {
    load,
    session,
    catalog,
    items: visibleAgenda(agenda),
    pending: (itemId) => isPending(agenda, itemId),
    notice,
    dismissNotice: () => setNotice(null),
    refresh,
    add,
    edit,
    remove,
    move,
  };
}
