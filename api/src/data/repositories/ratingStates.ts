import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface RatingState {
  sessionId: string;
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  submittedAt: Date;
}

/** Read-only: which sessions the member has rated, for history. Writing ratings is the rating service's job. */
export class RatingStateRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async forSessions(sessionIds: readonly string[]): Promise<Map<string, RatingState>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('ratings')
      .select(['session_id', 'clarity', 'impressions', 'share_impressions', 'submitted_at'])
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', 'in', sessionIds)
      .execute();
    return new Map(
      rows.map((row) => [
        row.session_id,
        {
          sessionId: row.session_id,
          clarity: row.clarity,
          impressions: row.impressions,
          shareImpressions: row.share_impressions,
          submittedAt: row.submitted_at,
        },
      ]),
    );
  }
}
