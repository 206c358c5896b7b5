/** So many requests in a burst, then so many per second. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const MAX_TRACKED = 50_000;

/**
 * One token bucket per key (a person, an address). It counts per server instance: a fair share per
 * instance is the point, not an exact global count. When too many keys are tracked they are all
 * forgotten, which errs on the side of letting people through.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`: 0 when there was one, else the whole seconds until there is. */
  take(key: string): number {
    const at = this.now();
    const bucket = this.#buckets.get(key) ?? { tokens: this.limit.burst, updatedAt: at };
    bucket.tokens = Math.min(
      this.limit.burst,
      bucket.tokens + ((at - bucket.updatedAt) / 1000) * this.limit.perSecond,
    );
    bucket.updatedAt = at;
    if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
    bucket.tokens -= 1;
    if (!this.#buckets.has(key) && this.#buckets.size >= MAX_TRACKED) this.#buckets.clear();
    this.#buckets.set(key, bucket);
    return 0;
  }
}
