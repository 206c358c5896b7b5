import type { TenantData } from '../data/tenantData.js';
import type { Person } from '../domain/people.js';

/** People of the organisation to pair with, by name or mail; the searcher is never their own match. */
export async function searchPeople(
  data: TenantData,
  actorId: string,
  query: string,
  limit: number,
): Promise<Person[]> {
  const people = await data.users.search(query.trim(), limit);
  return people.filter((person) => person.id !== actorId);
}
