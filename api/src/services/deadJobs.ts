import type { DeadJob } from '../data/repositories/jobs.js';
import type { TenantData } from '../data/tenantData.js';
import { forbidden } from '../domain/errors.js';
import type { Actor } from '../domain/people.js';

/** Admins only: the organisation's jobs that gave up after their last attempt, newest first. */
export async function listDeadJobs(data: TenantData, actor: Actor, limit: number): Promise<DeadJob[]> {
  if (!actor.isAdmin) throw forbidden('only an admin can see failed jobs');
  return data.jobs.listDead(limit);
}
