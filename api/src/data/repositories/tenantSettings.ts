import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface TenantSettings {
  transcriptRetentionDays: number;
  reminderLeadMinutes: number;
}

/** The column defaults of migration 0002, for a tenant whose admin never saved settings. */
export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  transcriptRetentionDays: 90,
  reminderLeadMinutes: 60,
};

export class TenantSettingsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly tenantId: string,
  ) {}

  async get(): Promise<TenantSettings> {
    const row = await this.db
      .selectFrom('tenant_settings')
      .select(['transcript_retention_days', 'reminder_lead_minutes'])
      .where('tenant_id', '=', this.tenantId)
      .executeTakeFirst();
    if (row === undefined) return { ...DEFAULT_TENANT_SETTINGS };
    return {
      transcriptRetentionDays: row.transcript_retention_days,
      reminderLeadMinutes: row.reminder_lead_minutes,
    };
  }

  async update(changes: Partial<TenantSettings>, at: Date): Promise<TenantSettings> {
    const current = await this.get();
    const next = { ...current, ...changes };
    await this.db
      .insertInto('tenant_settings')
      .values({
        tenant_id: this.tenantId,
        transcript_retention_days: next.transcriptRetentionDays,
        reminder_lead_minutes: next.reminderLeadMinutes,
        updated_at: at,
      })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          transcript_retention_days: next.transcriptRetentionDays,
          reminder_lead_minutes: next.reminderLeadMinutes,
          updated_at: at,
        }),
      )
      .execute();
    return next;
  }
}
