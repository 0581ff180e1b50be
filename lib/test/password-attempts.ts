import { expect } from "vitest";
import { MAX_FAILED_SIGN_INS } from "@/lib/data/password-check";
import { db } from "@/lib/db";

/**
 * The account's attempts in the order they were taken (their audit events), checked against the rule
 * applied one attempt at a time: a password is checked only while the account is not locked, and the
 * fifth wrong one in a row locks it. Returns how many passwords were checked.
 */
export async function expectTakenOneAtATime(userId: string) {
  const events = await db.auditEvent.findMany({ where: { entityId: userId }, orderBy: { id: "asc" } });
  let [failures, isLocked, checks] = [0, false, 0];
  for (const { action, changes } of events) {
    // Other changes to the account (the password change's own record among them).
    if (action === "UPDATE") continue;
    const isRefusedUnchecked = action === "SIGN_IN_FAILED" && (changes as { locked?: boolean } | null)?.locked === true;
    expect(isRefusedUnchecked, `${action} after ${checks} checks`).toBe(isLocked);
    if (isLocked) continue;
    checks++;
    if (action === "SIGN_IN") {
      failures = 0;
      continue;
    }
    failures++;
    expect(action, `wrong password ${failures} in a row`).toBe(failures === MAX_FAILED_SIGN_INS ? "LOCK" : "SIGN_IN_FAILED");
    if (action === "LOCK") [isLocked, failures] = [true, 0];
  }
  return checks;
}
