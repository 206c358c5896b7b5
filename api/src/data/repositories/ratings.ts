import type { Kysely } from 'kysely';
import type { Rating, RatingContent } from '../../domain/rating.js';
import type { Database } from '../schema.js';

/** The member's rating of a session and its per-item fits, written as one. */
export class RatingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async find(sessionId: string): Promise<Rating | null> {
    const row = await this.db
      .selectFrom('ratings')
      .selectAll()
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    if (row === undefined) return null;
    const fits = await this.db
      .selectFrom('rating_item_fits')
      .select(['agenda_item_id', 'expected_response_id', 'fit'])
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', sessionId)
      .orderBy('agenda_item_id')
      .execute();
    return {
      sessionId: row.session_id,
      memberId: row.member_id,
      managerId: row.manager_id,
      clarity: row.clarity,
      impressions: row.impressions,
      shareImpressions: row.share_impressions,
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
      fits: fits.map((fit) => ({
        agendaItemId: fit.agenda_item_id,
        expectedResponseId: fit.expected_response_id,
        fit: fit.fit,
      })),
    };
  }

  /** Call inside a transaction: the rating row and its fits are replaced together. */
  async save(
    rating: { sessionId: string; memberId: string; managerId: string },
    content: RatingContent,
    at: Date,
  ): Promise<void> {
    await this.db
      .insertInto('ratings')
      .values({
        tenant_id: this.tenantId,
        session_id: rating.sessionId,
        member_id: rating.memberId,
        manager_id: rating.managerId,
        clarity: content.clarity,
        impressions: content.impressions,
        share_impressions: content.shareImpressions,
        submitted_at: at,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'session_id']).doUpdateSet({
          clarity: content.clarity,
          impressions: content.impressions,
          share_impressions: content.shareImpressions,
          updated_at: at,
        }),
      )
      .execute();
    await this.db
      .deleteFrom('rating_item_fits')
      .where('tenant_id', '=', this.tenantId)
      .where('session_id', '=', rating.sessionId)
      .execute();
    if (content.fits.length === 0) return;
    await this.db
      .insertInto('rating_item_fits')
      .values(
        content.fits.map((fit) => ({
          tenant_id: this.tenantId,
          session_id: rating.sessionId,
          agenda_item_id: fit.agendaItemId,
          expected_response_id: fit.expectedResponseId,
          fit: fit.fit,
        })),
      )
      .execute();
  }
}
