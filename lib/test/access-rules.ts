// The access rules of DESIGN.md ("Access rules") and issue 3, stated a second time, as data, for the
// access-matrix tests at the data layer and over HTTP. Deliberately independent of
// lib/auth/permissions.ts: the matrix passes only when both statements of the rules agree. Plain string
// types (no generated Prisma code), so Playwright can import it too.

export const ROLES = ["FIELD", "COORDINATOR", "ADMIN"] as const;
export const STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"] as const;
export const RELATIONS = ["own", "partner", "other"] as const;
// "audit": see who read the case (issue 15) and its history in the audit log.
export const INCIDENT_ACTIONS = ["view", "edit", "submit", "verify", "archive", "delete", "audit"] as const;
export const ROLE_ACTIONS = ["list", "create", "export", "export-full", "import", "dashboard", "audit", "users", "vessels", "organizations"] as const;
export const ADMIN_RESOURCES = ["users", "vessels", "organizations"] as const;

export type Role = (typeof ROLES)[number];
export type Status = (typeof STATUSES)[number];
export type Relation = (typeof RELATIONS)[number];
export type IncidentAction = (typeof INCIDENT_ACTIONS)[number];
export type RoleAction = (typeof ROLE_ACTIONS)[number];
export type AdminResource = (typeof ADMIN_RESOURCES)[number];
export type Outcome = "allowed" | "forbidden" | "not-found";

// DESIGN.md grants by accretion: "FIELD creates…", "COORDINATOR also…", "ADMIN also…". Each role has
// its own grants plus those of every role before it in ROLES.
const ROLE_GRANTS: Record<Role, readonly RoleAction[]> = {
  FIELD: ["list", "create", "export"], // export: the shareable file (issue 15)
  COORDINATOR: ["dashboard", "export-full", "import", "audit"], // import and audit: issue 3
  ADMIN: ["users", "vessels", "organizations"],
};

// The same accretion on one's own organization's incidents: the statuses a role may act on. Where
// DESIGN.md is silent (delete; what reviewers may edit), the intent of the lead's rules is followed.
const INCIDENT_GRANTS: Record<Role, Partial<Record<IncidentAction, readonly Status[]>>> = {
  FIELD: { view: STATUSES, edit: ["DRAFT", "SUBMITTED"], submit: ["DRAFT"], delete: ["DRAFT"] },
  COORDINATOR: { edit: ["VERIFIED"], verify: ["SUBMITTED"], archive: ["DRAFT", "SUBMITTED", "VERIFIED"], delete: ["SUBMITTED"], audit: STATUSES },
  ADMIN: {},
};

/** DRAFT → SUBMITTED → VERIFIED, or ARCHIVED: where each status move leads. */
export const STATUS_AFTER = { submit: "SUBMITTED", verify: "VERIFIED", archive: "ARCHIVED" } as const satisfies Partial<Record<IncidentAction, Status>>;

const rolesUpTo = (role: Role) => ROLES.slice(0, ROLES.indexOf(role) + 1);

export function roleMay(role: Role, action: RoleAction): boolean {
  return rolesUpTo(role).some((r) => ROLE_GRANTS[r].includes(action));
}

export function expectedForRole(role: Role, action: RoleAction): Outcome {
  return roleMay(role, action) ? "allowed" : "forbidden";
}

/**
 * Another organization's incident does not exist for the user; a partner reads but changes nothing;
 * the organization that recorded it acts within its role's grants.
 */
export function expectedOnIncident(role: Role, action: IncidentAction, relation: Relation, status: Status): Outcome {
  if (relation === "other") return "not-found";
  if (action === "view") return "allowed";
  if (relation === "partner") return "forbidden";
  return rolesUpTo(role).some((r) => INCIDENT_GRANTS[r][action]?.includes(status)) ? "allowed" : "forbidden";
}

/** Whether the incident list, dashboard and export of a user include an incident (any status, not deleted). */
export const isInScope = (relation: Relation) => relation !== "other";

/** Whether an export gives an incident's full detail: only a full export, and only of the reader's own organization's cases (issue 15). */
export const isFullInExport = (relation: Relation, privacy: "shareable" | "full") => privacy === "full" && relation === "own";

/** The audit log is the organization's own trail: a partner does not see the recording organization's events. */
export const isInAuditLog = (relation: Relation) => relation === "own";

/** The acting admin's organization, or another one; "new" is creating a record. */
export type AdminTarget = "own" | "other" | "new";
export const ADMIN_TARGETS = ["own", "other", "new"] as const satisfies readonly AdminTarget[];

/**
 * Admins manage their own organization's users, vessels and organization record; only admins of the
 * platform operator reach other organizations, and only they add organizations. Out of reach looks missing.
 */
export function expectedOnAdminRecord(role: Role, resource: AdminResource, target: AdminTarget, isPlatformOperator = false): Outcome {
  if (!roleMay(role, resource)) return "forbidden";
  if (target === "other" && !isPlatformOperator) return "not-found";
  if (target === "new" && resource === "organizations" && !isPlatformOperator) return "forbidden";
  return "allowed";
}
