import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertUuid, auditActorFor, getAdminScope } from "@/lib/data/admin-scope";
import { changedFields, recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import type { SharingSettings } from "@/lib/privacy/defaults";
import { PRIVACY_DEFAULTS, type PrivacySettings, privacySettingsInputSchema } from "@/lib/schemas/privacy-settings";

const settingsColumns = { restoreDays: true, suppressionThreshold: true, positionRoundingDegrees: true } as const;

/** An organization's privacy settings, the defaults where it never saved any. */
export async function getPrivacySettings(organizationId: string): Promise<PrivacySettings> {
  const saved = await db.privacySettings.findUnique({ where: { organizationId }, select: settingsColumns });
  return saved ?? { ...PRIVACY_DEFAULTS };
}

// Who manages an organization's privacy settings is who manages the organization (admin pages): its own
// administrators, and those of the platform operator for every organization.
async function managedWhere(admin: SessionUser): Promise<Prisma.OrganizationWhereInput> {
  if (!can(admin, "organizations:manage")) throw new AppError("forbidden");
  return (await getAdminScope(admin)).isPlatformOperator ? {} : { id: admin.organizationId };
}

/** The organizations the admin manages, each with its settings (defaults where none are saved). */
export async function findManagedPrivacySettings(admin: SessionUser) {
  const organizations = await db.organization.findMany({
    where: await managedWhere(admin),
    select: { id: true, name: true, shortName: true, privacySettings: { select: settingsColumns } },
    orderBy: { name: "asc" },
  });
  return organizations.map(({ privacySettings, ...organization }) => ({ ...organization, settings: privacySettings ?? { ...PRIVACY_DEFAULTS } }));
}

export type ManagedPrivacySettings = Awaited<ReturnType<typeof findManagedPrivacySettings>>[number];

export async function getManagedPrivacySettings(admin: SessionUser, organizationId: string) {
  assertUuid(organizationId);
  const [organization] = (await findManagedPrivacySettings(admin)).filter((o) => o.id === organizationId);
  if (!organization) throw new AppError("not-found");
  return organization;
}

/** Saves an organization's settings (checked again against the form's schema) with an UPDATE audit event of what changed. */
export async function updatePrivacySettings(admin: SessionUser, organizationId: string, input: unknown) {
  const where = await managedWhere(admin);
  assertUuid(organizationId);
  const settings = privacySettingsInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findFirst({ where: { AND: [{ id: organizationId }, where] }, select: { privacySettings: { select: settingsColumns } } });
    if (!organization) throw new AppError("not-found");
    const changes = changedFields(organization.privacySettings ?? PRIVACY_DEFAULTS, settings);
    if (Object.keys(changes).length === 0) return settings;
    await tx.privacySettings.upsert({ where: { organizationId }, create: { organizationId, ...settings }, update: settings });
    await recordAudit(tx, { actor: auditActorFor(admin, organizationId), action: "UPDATE", entityType: "PrivacySettings", entityId: organizationId, changes: changes as Prisma.InputJsonObject });
    return settings;
  });
}

/**
 * What a reader's shareable file or figures for partners hide: the strictest threshold and rounding step
 * of the reader's organization and of every organization whose cases it partners on (the defaults for
 * those that saved none). The owning organization's settings must hold for its cases; one setting per
 * file keeps the rule simple, and hides more of the reader's own rows at worst.
 */
export async function getSharingSettings(reader: { organizationId: string }): Promise<SharingSettings> {
  const [row] = await db.$queryRaw<{ threshold: number; step: number }[]>`
    SELECT GREATEST(${PRIVACY_DEFAULTS.suppressionThreshold}::int, max(s."suppressionThreshold"))::int AS threshold,
      GREATEST(${PRIVACY_DEFAULTS.positionRoundingDegrees}::float8, max(s."positionRoundingDegrees"))::float8 AS step
    FROM "PrivacySettings" s
    WHERE s."organizationId" = ${reader.organizationId}::uuid OR EXISTS (
      SELECT 1 FROM "IncidentPartner" p JOIN "Incident" i ON i.id = p."incidentId"
      WHERE p."organizationId" = ${reader.organizationId}::uuid AND i."organizationId" = s."organizationId")`;
  return { suppressionThreshold: row.threshold, positionRoundingDegrees: row.step };
}
