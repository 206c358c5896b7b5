import type { TenantData } from '../data/tenantData.js';

/** The organisation's switch for Azure OpenAI summaries. */
export async function summariesAiEnabled(data: TenantData): Promise<boolean> {
  return data.summaries.aiEnabled();
}

/** Turn Azure OpenAI summaries on or off for the organisation. */
export async function setSummariesAiEnabled(data: TenantData, aiEnabled: boolean, now: Date): Promise<void> {
  await data.summaries.setAiEnabled(aiEnabled, now);
}
