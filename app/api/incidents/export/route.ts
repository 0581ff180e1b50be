import { getCurrentUser } from "@/lib/auth/session";
import { exportIncidents } from "@/lib/data/export/export-incidents";

// GET /api/incidents/export?<list filters>&layout=ledger|iom&table=incidents|injuries|evacuations|nationalities|revisions|events|track&bom=0
// Reads the request (its URL and session cookie), so it is never prerendered.
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export incidents.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return exportIncidents(user, new URL(request.url).searchParams);
}
