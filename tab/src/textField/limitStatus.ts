import { countCharacters } from '../api/limits';

/** The counter appears once a text reaches this share of its limit. */
export const COUNTER_FROM = 0.8;

export interface LimitStatus {
  /** Characters as the server counts them: code points of the trimmed text. */
  count: number;
  limit: number;
  /** Near or over the limit: show the counter. */
  showCounter: boolean;
  /** How many characters too many; 0 when the text fits. */
  over: number;
}

export function limitStatus(text: string, limit: number): LimitStatus {
  const count = countCharacters(text.trim());
  return { count, limit, showCounter: count >= limit * COUNTER_FROM, over: Math.max(0, count - limit) };
}
