import { useEffect, useState } from 'react';
import type { FitCount } from '../../api/types';
import { useApi } from '../../session/useSession';

export type FitHints = ReadonlyMap<string, FitCount>;

const NONE: FitHints = new Map();

/**
 * The manager's recent fit per expected response, for the hint beside each item. Extra
 * information only: for a member, or when insights cannot be had, the catalog hint stands alone.
 */
export function useFitHints(pairId: string | null, isManager: boolean): FitHints {
  const api = useApi();
  const [hints, setHints] = useState<FitHints>(NONE);
  useEffect(() => {
    if (!pairId || !isManager) return;
    const controller = new AbortController();
    api.pairInsights(pairId, controller.signal).then(
      (insights) => {
        if (!controller.signal.aborted) {
          setHints(new Map(insights.hints.map((hint) => [hint.expectedResponseId, hint.overall])));
        }
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [api, pairId, isManager]);
  return hints;
}
