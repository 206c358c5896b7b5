/**
 * Who the directory says manages a person (Entra's `manager` relationship). A pair whose manager
 * the directory names is established without the member's confirmation.
 */
export interface ManagerDirectory {
  /** The manager's user id, or null when the directory does not say (or there is no directory). */
  managerOf(userId: string): Promise<string | null>;
}

/** Dev mode and tenants without Graph: no directory, so the member confirms. */
export const noManagerDirectory: ManagerDirectory = { managerOf: async () => null };
