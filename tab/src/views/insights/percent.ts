/** A rate of 0–1 as a whole percentage: 0.756 → "76%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
