/** What one scenario's run yields, over HTTP or bare SQL; latencies in milliseconds. */
export type LoadOutcome = {
  operations: number;
  seconds: number;
  perSecond: number;
  /** Null when nothing completed. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Non-2xx answers, socket errors and timeouts, 2xx answers without the expected content, failed statements. */
  errors: number;
  firstError?: string;
  /** Creates the server confirmed (create only). */
  confirmed?: number;
};

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;
}

/** Every completed operation's latency, summarised the same way for HTTP and bare SQL. */
export function summarize(latencies: number[], seconds: number, errors: { count: number; first?: string }, confirmed?: number): LoadOutcome {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    operations: sorted.length, seconds, perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    errors: errors.count, firstError: errors.first || undefined, confirmed,
  };
}
