import { randomUUID } from "node:crypto";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { generateSyntheticIncidents } from "../../prisma/seed/synthetic-generator";
import { type SyntheticIncidentWithPeople, withPeople } from "../../prisma/seed/synthetic-people";

// Realistic synthetic incidents (the demo seed's generator, in chunks with their own seeds) written
// with COPY: about a minute per 100,000 on a laptop, most of it spent deriving the geography.
const CHUNK = 10_000;

type Lookups = { organizations: Map<string, string>; vessels: Map<string, string>; authors: Map<string, string> };

/** COPY text format: tab-separated, \N for NULL, arrays as {a,b}. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  return String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

const line = (values: unknown[]) => `${values.map(cell).join("\t")}\n`;

const INCIDENT_COLUMNS = [
  "id", "reference", "organizationId", "vesselId", "createdById", "updatedById", "updatedAt", "occurredAt", "createdAt", "status",
  "latitude", "longitude", "positionText", "distanceToCoastNm", "nearestCountry", "sarRegions", "region", "route", "boatType",
  "personsOnBoard", "rescued", "dead", "missing", "boatConditions", "causesOfDeath", "children", "unaccompaniedMinors", "women",
  "pregnantWomen", "infants", "men", "girls", "boys", "sexAgeUnknown", "departurePlace", "departedAt", "coordinatingAuthority", "disembarkationPort", "seaState", "narrative", "source",
] as const;

function rowsOf(incidents: SyntheticIncidentWithPeople[], lookups: Lookups, batch: string) {
  const out = { incidents: "", injuries: "", evacuations: "", partners: "", nationalities: "" };
  incidents.forEach((incident, n) => {
    const id = randomUUID();
    const { fields } = incident;
    const author = lookups.authors.get(incident.organization) ?? null;
    // MSF-2016-B<batch>-345: never collides with the demo sequence (MSF-2016-0042) nor with other runs.
    const reference = `${incident.organization}-${fields.occurredAt.getUTCFullYear()}-B${batch}-${n}`;
    const values: Record<string, unknown> = {
      ...fields, id, reference, organizationId: lookups.organizations.get(incident.organization),
      vesselId: incident.vessel ? lookups.vessels.get(`${incident.organization}/${incident.vessel}`) : null,
      createdById: author, updatedById: author, updatedAt: fields.createdAt,
    };
    out.incidents += line(INCIDENT_COLUMNS.map((column) => values[column]));
    for (const injury of incident.injuries) out.injuries += line([randomUUID(), id, injury.type, injury.severity, injury.count]);
    for (const e of incident.evacuations) out.evacuations += line([randomUUID(), id, e.count, e.means, e.destination, e.evacuatedAt]);
    for (const p of incident.partners) out.partners += line([randomUUID(), id, lookups.organizations.get(p.organization), p.role]);
    for (const n of incident.nationalities) out.nationalities += line([id, n.country, n.count]);
  });
  return out;
}

async function copy(client: pg.PoolClient, table: string, columns: readonly string[], text: string) {
  if (!text) return;
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from([text]), client.query(copyFrom(sql)));
}

async function lookups(client: pg.PoolClient): Promise<Lookups> {
  const orgs = await client.query<{ id: string; shortName: string }>(`SELECT id, "shortName" FROM "Organization"`);
  const vessels = await client.query<{ id: string; name: string; shortName: string }>(
    `SELECT v.id, v.name, o."shortName" FROM "Vessel" v JOIN "Organization" o ON o.id = v."organizationId"`);
  const authors = await client.query<{ id: string; shortName: string }>(
    `SELECT DISTINCT ON (o.id) u.id, o."shortName" FROM "User" u JOIN "Organization" o ON o.id = u."organizationId" WHERE u.role = 'FIELD' ORDER BY o.id, u."createdAt"`);
  return {
    organizations: new Map(orgs.rows.map((o) => [o.shortName, o.id])),
    vessels: new Map(vessels.rows.map((v) => [`${v.shortName}/${v.name}`, v.id])),
    authors: new Map(authors.rows.map((a) => [a.shortName, a.id])),
  };
}

function progress(done: number, total: number, startedAt: number) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const seconds = (performance.now() - startedAt) / 1000;
  const eta = done ? (seconds / done) * (total - done) : 0;
  process.stdout.write(`\r  [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")} / ${total.toLocaleString("en")}  ${seconds.toFixed(0)} s, ~${eta.toFixed(0)} s left `);
}

/** Adds synthetic incidents (with injuries, evacuations, partners, nationalities) until the database holds `target`. */
export async function generateIncidents(pool: pg.Pool, target: number) {
  const client = await pool.connect();
  try {
    const { rows: [{ n }] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Incident"`);
    if (n >= target) return 0;
    const ids = await lookups(client);
    const startedAt = performance.now();
    const run = Date.now().toString(36);
    let done = 0;
    while (n + done < target) {
      const size = Math.min(CHUNK, target - n - done);
      const seed = n + done; // a fresh random stream per chunk, different from the demo seed's
      // The generator can, rarely, lose more people than a small boat carries (rescued < 0): skip those.
      const incidents = withPeople(generateSyntheticIncidents(size, seed), seed).filter((incident) => incident.fields.rescued >= 0);
      const rows = rowsOf(incidents, ids, `${run}${seed.toString(36)}`);
      await client.query("BEGIN");
      await copy(client, "Incident", INCIDENT_COLUMNS, rows.incidents);
      await copy(client, "Injury", ["id", "incidentId", "type", "severity", "count"], rows.injuries);
      await copy(client, "Evacuation", ["id", "incidentId", "count", "means", "destination", "evacuatedAt"], rows.evacuations);
      await copy(client, "IncidentPartner", ["id", "incidentId", "organizationId", "role"], rows.partners);
      await copy(client, "IncidentNationality", ["incidentId", "country", "count"], rows.nationalities);
      await client.query("COMMIT");
      done += incidents.length;
      progress(done, target - n, startedAt);
    }
    process.stdout.write("\nStoring the incidents in time order, as a ledger filled day by day would be, and the rollup as a rebuild leaves it…\n");
    await client.query(`CLUSTER "Incident" USING "Incident_occurredAt_idx"`);
    await client.query(`CLUSTER "IncidentRollup" USING "IncidentRollup_viewerId_grain_period_key_key"`);
    await client.query("VACUUM ANALYZE");
    return done;
  } finally {
    client.release();
  }
}
