import "server-only";
import { db } from "@/lib/db";

export type DatabaseState = "ok" | "unreachable";

// A load balancer polls this every few seconds: an answer later than this is as bad as none.
export const DATABASE_CHECK_TIMEOUT_MS = 2_000;

/** Whether the app's own connection pool can run a query now; never throws. */
export async function checkDatabase(timeoutMs = DATABASE_CHECK_TIMEOUT_MS): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), timeoutMs);
  });
  // Starting the query inside then() turns a missing DATABASE_URL (thrown on first use) into "unreachable".
  const query = Promise.resolve().then(() => db.$queryRaw`SELECT 1`).then(
    () => "ok" as const,
    () => "unreachable" as const,
  );
  try {
    return await Promise.race([query, late]);
  } finally {
    clearTimeout(timer);
  }
}
