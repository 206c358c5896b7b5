import type { TenantSettings } from '../data/repositories/tenantSettings.js';
import type { TenantData } from '../data/tenantData.js';
import { forbidden } from '../domain/errors.js';
import type { Actor } from '../domain/people.js';
import { validateRetentionDays } from '../domain/transcript.js';

function assertAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw forbidden('only an admin can change organisation settings');
}

/** Admins only: the organisation's settings. */
export async function viewOrganisationSettings(data: TenantData, actor: Actor): Promise<TenantSettings> {
  assertAdmin(actor);
  return data.settings.get();
}

/** Admins only: change the settings given; those left out keep their value. */
export async function changeOrganisationSettings(
  data: TenantData,
  actor: Actor,
  changes: Partial<TenantSettings>,
  now: Date,
): Promise<TenantSettings> {
  assertAdmin(actor);
  if (changes.transcriptRetentionDays !== undefined) validateRetentionDays(changes.transcriptRetentionDays);
  return data.settings.update(changes, now);
}
