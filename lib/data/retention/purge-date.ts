import { Prisma } from "@/generated/prisma/client";
import { PRIVACY_DEFAULTS } from "@/lib/schemas/privacy-settings";

/** Deleted incidents `i` with their organization's settings `s` (a missing row: the defaults). */
export const DELETED_WITH_SETTINGS = Prisma.sql`"Incident" i LEFT JOIN "PrivacySettings" s ON s."organizationId" = i."organizationId"`;

/** When a deleted case is purged: its organization's restore period after its deletion. Until then it can be restored. */
export const PURGE_DATE = Prisma.sql`(i."deletedAt" + make_interval(days => COALESCE(s."restoreDays", ${PRIVACY_DEFAULTS.restoreDays})))`;
