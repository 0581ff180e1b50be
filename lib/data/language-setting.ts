import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { changedFields, recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import type { LanguageSetting } from "@/lib/schemas/language-setting";

/** Saves the signed-in user's own language and time zone, audited like their other account changes. */
export async function setOwnLanguageSetting(user: SessionUser, setting: LanguageSetting) {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true, timeZone: true } });
    const changes = changedFields(before, setting);
    if (!Object.keys(changes).length) return;
    await tx.user.update({ where: { id: user.id }, data: setting });
    await recordAudit(tx, { actor: user, action: "UPDATE", entityType: "User", entityId: user.id, changes: changes as Prisma.InputJsonObject, reason: "Language or time zone changed by its owner." });
  });
}
