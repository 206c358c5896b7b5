/** Command-line options of `npm run seed:large`. */
export interface SeedOptions {
  /** Multiplies every count; 1 is the full tenant of 100,000 people and 1.5 million 1on1s. */
  scale: number;
  reset: boolean;
}

export const FULL_SIZE = { users: 100_000, managers: 10_000, sessions: 1_500_000 } as const;

export function parseSeedOptions(argv: readonly string[]): SeedOptions {
  let scale = 1;
  let reset = false;
  for (const arg of argv) {
    if (arg === '--reset') reset = true;
    else if (arg.startsWith('--scale=')) {
      scale = Number(arg.slice('--scale='.length));
      if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
        throw new Error(`--scale must be a number above 0 and at most 1, got "${arg.slice(8)}"`);
      }
    } else throw new Error(`unknown option "${arg}" (use --scale=0.01 and/or --reset)`);
  }
  return { scale, reset };
}

export function sizesFor(scale: number) {
  const managers = Math.max(20, Math.round(FULL_SIZE.managers * scale));
  return {
    users: Math.max(managers * 2, Math.round(FULL_SIZE.users * scale)),
    managers,
    sessions: Math.max(1000, Math.round(FULL_SIZE.sessions * scale)),
    departments: Math.max(4, Math.round(400 * scale)),
  };
}
