import { connection } from "next/server";
import packageJson from "@/package.json";
import { checkDatabase } from "@/lib/data/database-health";

// GET /api/health, for load balancers and uptime checks: open to anyone, so it names no host, user or
// error. 503 while the database is unreachable, so traffic goes elsewhere until it is back.
export async function GET() {
  await connection();
  const database = await checkDatabase();
  const isHealthy = database === "ok";
  return Response.json(
    { status: isHealthy ? "ok" : "degraded", database, version: packageJson.version },
    { status: isHealthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
