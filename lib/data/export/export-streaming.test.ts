import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { neutraliseFormula } from "@/lib/csv/writer";
import { db } from "@/lib/db";
import { incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { createOrganization, createUser } from "@/lib/test/factories";
import { exportIncidents } from "./export-incidents";
import { download, rowsOf } from "./export-test-world";
import { exportPool } from "./pg-pool";
import { safe } from "./sql-format";
import { inlineSql, pgQuery } from "./sql-literal";

const ROWS = 30_000;
let org: Awaited<ReturnType<typeof createOrganization>>;
let user: Awaited<ReturnType<typeof createUser>>["sessionUser"];

const copiesRunning = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY (%' AND application_name = ${`rescue-ledger export by ${user.id}`}`)[0].n;

beforeAll(async () => {
  org = await createOrganization();
  user = (await createUser(org.id, "COORDINATOR")).sessionUser;
  // Large enough (~30 MB) that PostgreSQL blocks on a full socket when nobody reads; narratives of hex
  // digits that do not repeat, so that a compressed (Excel) file is large too.
  await db.$executeRaw`INSERT INTO "Incident" (reference, "organizationId", status, "occurredAt", rescued, narrative, "updatedAt")
    SELECT ${org.shortName} || '-BIG-' || g, ${org.id}::uuid, 'VERIFIED', timestamp '2016-01-01' + g * interval '1 minute', g % 300, (SELECT string_agg(md5(g || '-' || k), '') FROM generate_series(1, 31) k), now()
    FROM generate_series(1, ${ROWS}) g`;
});

describe("streaming export", () => {
  it("sends the first rows while PostgreSQL is still copying, and frees the connection when the download is abandoned", async () => {
    const idleBefore = exportPool().totalCount;
    const response = await exportIncidents(user, new URLSearchParams());
    expect(response.headers.get("x-row-count")).toBe(String(ROWS));
    const reader = response.body!.getReader();
    const bom = await reader.read();
    expect([...bom.value!]).toEqual([0xef, 0xbb, 0xbf]);
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first.startsWith("reference,status,organization,")).toBe(true);
    expect(first.length).toBeLessThan(ROWS * 1000);
    expect(await copiesRunning()).toBe(1);

    await reader.cancel();
    await expect.poll(copiesRunning, { timeout: 5_000 }).toBe(0);
    expect(exportPool().totalCount).toBeLessThanOrEqual(Math.max(idleBefore, 1));
    const again = await download(user, "period=custom&from=2016-01-01&to=2016-01-01");
    expect(rowsOf(again.text).rows).toHaveLength(1439);
  });

  it("streams an Excel workbook as it is written, and frees the connection when the download is abandoned", async () => {
    // The full file, with the long narratives: PostgreSQL blocks on a full socket when nobody reads.
    const response = await exportIncidents(user, new URLSearchParams("format=xlsx"), new URLSearchParams("privacy=full&reason=Streaming+test"));
    const reader = response.body!.getReader();
    const first = (await reader.read()).value!;
    expect([...first.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // Nobody reads: the rows wait in PostgreSQL, not in memory, so the COPY stops advancing.
    const copied = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return (await db.$queryRaw<{ n: number }[]>`SELECT tuples_processed::int AS n FROM pg_stat_progress_copy`)[0]?.n;
    };
    const [once, later] = [await copied(), await copied()];
    expect(once).toBeLessThan(ROWS);
    expect(later).toBe(once);
    await reader.cancel();
    await expect.poll(copiesRunning, { timeout: 5_000 }).toBe(0);
  });

  it("streams every row to the end", async () => {
    const { text } = await download(user, "bom=0");
    expect(rowsOf(text).rows).toHaveLength(ROWS);
  });
});

describe("export SQL", () => {
  it("means the same with its values inlined for COPY as with bind parameters, hostile text included", async () => {
    const filters = parseIncidentFilters({ period: "custom", from: "2016-01-01", to: "2016-01-02", status: ["VERIFIED", "DRAFT"] });
    const where = incidentWhereSql(user, filters);
    const query = Prisma.sql`SELECT i.reference FROM "Incident" i WHERE ${where} AND i.reference <> ${"x'); DROP TABLE \"Incident\"; --\\"} ORDER BY 1`;
    const client = await exportPool().connect();
    try {
      const bound = await client.query(pgQuery(query).text, pgQuery(query).values);
      const inlined = await client.query(inlineSql(query));
      expect(inlined.rows).toEqual(bound.rows);
      expect(inlined.rows.length).toBe(2 * 1440 - 1);
    } finally {
      client.release();
    }
  });

  it("neutralises formulas in SQL exactly as the CSV writer does", async () => {
    const samples = ["=1+1", "+x", "-5", "@A1", "\tx", "\rx", "'=1", "''-2", "'plain", "plain", "", "a=b", "x-y", "＝1", "＋x", "－5", "＠A1", "﹦1", "⁺1", "−1", "＇＝1", "'＝1", "=\u0338x", "ａ＝1", "é=1"];
    const client = await exportPool().connect();
    try {
      const { rows } = await client.query(`SELECT ${safe("s")} AS out FROM unnest($1::text[]) WITH ORDINALITY AS t(s, n) ORDER BY n`, [samples]);
      expect(rows.map((r) => r.out)).toEqual(samples.map(neutraliseFormula));
    } finally {
      client.release();
    }
  });
});
