import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Statement } from "./measure";
import { type LoadOutcome, summarize } from "./load-stats";

// The bare-SQL side of the load benchmark: the statements a page or action sent (captured from its
// data functions), replayed through `pg` alone by as many concurrent clients as the HTTP run had.

/** What createIncident sent, split at its transaction, and the values that must be fresh on replay. */
export type CreateTemplate = { checks: Statement[]; transaction: Statement[]; incidentId: string; reference: string };

const isReferencing = (s: Statement) => s.query.includes("incident_references_take(");
const isIncidentInsert = (s: Statement) => s.query.startsWith('INSERT INTO "public"."Incident" ');
const isPlaceholder = (value: unknown) => typeof value === "string" && value.startsWith("pending-");

/** Prisma logs the COMMIT but not the BEGIN: the transaction starts with the incident, numbered later. */
export function createTemplate(statements: Statement[], created: { id: string; reference: string }): CreateTemplate {
  const start = statements.findIndex(isIncidentInsert);
  if (start < 0 || !statements.some(isReferencing)) throw new Error("createIncident no longer sends the statements the replay expects.");
  return { checks: statements.slice(0, start), transaction: statements.slice(start), incidentId: created.id, reference: created.reference };
}

/**
 * Replays a create with a placeholder, id and reference of its own in place of the captured ones: the
 * incident is written under a fresh placeholder, and the reference comes from the counter statement.
 */
async function replayCreate(client: pg.Client, template: CreateTemplate) {
  for (const s of template.checks) await client.query(s.query, s.params);
  let fresh = { id: template.incidentId, reference: template.reference };
  const placeholder = `pending-${randomUUID()}`;
  const swap = (value: unknown) =>
    value === template.incidentId ? fresh.id : isPlaceholder(value) ? placeholder : typeof value === "string" ? value.replaceAll(template.reference, fresh.reference) : value;
  await client.query("BEGIN");
  try {
    for (const s of template.transaction) {
      const { rows } = await client.query(s.query, s.params.map(swap));
      if (isReferencing(s)) fresh = { ...fresh, reference: rows[0].reference };
      if (isIncidentInsert(s)) fresh = { ...fresh, id: rows[0].id };
    }
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export type BareOperation = { kind: "read"; statements: Statement[] } | { kind: "create"; template: CreateTemplate };

async function run(client: pg.Client, operation: BareOperation) {
  if (operation.kind === "create") return replayCreate(client, operation.template);
  for (const s of operation.statements) await client.query(s.query, s.params);
}

/** `connections` clients, each on its own connection, running the operations in turn back to back for `seconds`. */
export async function driveBare(url: string, options: { seconds: number; connections: number; operations: BareOperation[] }): Promise<LoadOutcome> {
  const clients = await Promise.all(Array.from({ length: options.connections }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  const latencies: number[] = [];
  const errors = { count: 0, first: "" };
  let next = 0;
  const start = performance.now();
  const until = start + options.seconds * 1000;
  const loop = async (client: pg.Client) => {
    while (performance.now() < until) {
      const began = performance.now();
      try {
        await run(client, options.operations[next++ % options.operations.length]);
        latencies.push(performance.now() - began);
      } catch (error) {
        if (errors.count++ === 0) errors.first = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(clients.map(loop));
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  const isCreate = options.operations[0]?.kind === "create";
  return summarize(latencies, seconds, errors, isCreate ? latencies.length : undefined);
}
