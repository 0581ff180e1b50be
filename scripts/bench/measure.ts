import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "../../generated/prisma/client";

export type Timing = { p50: number; p95: number; runs: number };
export type Statement = { query: string; params: unknown[] };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50 and p95 of samples in milliseconds. */
export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), runs: sorted.length };
}

/** Runs fn a few times to warm caches, then `runs` times one after another; milliseconds. */
export async function timeIt(fn: () => Promise<unknown>, runs = 25, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/**
 * The Prisma client lib/db.ts picks up (it reuses globalThis.db), logging every statement so that a
 * data function's SQL can be replayed bare, through `pg` alone, for the comparison.
 */
export function installCapturingClient(url: string) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] });
  const captured: Statement[] = [];
  let isCapturing = false;
  client.$on("query", (event) => {
    if (isCapturing) captured.push({ query: event.query, params: JSON.parse(event.params) });
  });
  (globalThis as unknown as { db?: PrismaClient }).db = client;
  return {
    client,
    async capture(fn: () => Promise<unknown>): Promise<Statement[]> {
      captured.length = 0;
      isCapturing = true;
      await fn();
      isCapturing = false;
      return [...captured];
    },
  };
}

/** The statements together, as the data function runs them (in parallel, on a pool of the same size). */
export const replay = (pool: pg.Pool, statements: Statement[]) => Promise.all(statements.map((s) => pool.query(s.query, s.params)));
