import type { IncidentStatus, Role } from "@/generated/prisma/enums";

// The one table of who may do what (DESIGN.md, access rules). Every server action, route handler and
// data function asks it; the UI asks it too, only to hide what would be refused.
const ALL_ROLES = ["FIELD", "COORDINATOR", "ADMIN"] as const;
const REVIEWERS = ["COORDINATOR", "ADMIN"] as const;

const ROLE_PERMISSIONS = {
  "incident:list": ALL_ROLES,
  "incident:create": ALL_ROLES,
  // Everyone exports shareable files (issue 15); the full detail of the organization's own cases is for reviewers.
  "incident:export": ALL_ROLES,
  "incident:export-full": REVIEWERS,
  "incident:import": REVIEWERS,
  "incident:review": REVIEWERS,
  // Their own organization's deleted cases, within its restore period (lib/data/retention).
  "incident:restore": REVIEWERS,
  "dashboard:view": REVIEWERS,
  "audit:view": REVIEWERS,
  "users:manage": ["ADMIN"],
  "vessels:manage": ["ADMIN"],
  "organizations:manage": ["ADMIN"],
  "privacy:erase": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

export function can(user: { role: Role }, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}

/** How the user's organization relates to an incident: it recorded it, partnered on it, or neither. */
export type IncidentRelation = "own" | "partner" | "other";
/** "audit": see who read the case and its full history in the audit log. */
export type IncidentAction = "view" | "edit" | "submit" | "verify" | "archive" | "delete" | "audit";

type StatusesByRole = Partial<Record<Role, readonly IncidentStatus[]>>;
const ANY_STATUS = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"] as const;
const OPEN = ["DRAFT", "SUBMITTED"] as const;
const REVIEWABLE = ["DRAFT", "SUBMITTED", "VERIFIED"] as const;

// Which statuses each role may act on; partners may only view, other organizations nothing at all.
const INCIDENT_RULES: Record<IncidentAction, StatusesByRole> = {
  view: { FIELD: ANY_STATUS, COORDINATOR: ANY_STATUS, ADMIN: ANY_STATUS },
  edit: { FIELD: OPEN, COORDINATOR: REVIEWABLE, ADMIN: REVIEWABLE },
  submit: { FIELD: ["DRAFT"], COORDINATOR: ["DRAFT"], ADMIN: ["DRAFT"] },
  verify: { COORDINATOR: ["SUBMITTED"], ADMIN: ["SUBMITTED"] },
  archive: { COORDINATOR: REVIEWABLE, ADMIN: REVIEWABLE },
  delete: { FIELD: ["DRAFT"], COORDINATOR: OPEN, ADMIN: OPEN },
  audit: { COORDINATOR: ANY_STATUS, ADMIN: ANY_STATUS },
};

/** Where each status action takes a case: DRAFT → SUBMITTED → VERIFIED, or ARCHIVED; nothing leads back. */
export const STATUS_AFTER = { submit: "SUBMITTED", verify: "VERIFIED", archive: "ARCHIVED" } as const satisfies Partial<Record<IncidentAction, IncidentStatus>>;

/** The statuses a case is created in: the form saves a draft or submits. */
export const CREATED_STATUSES: readonly IncidentStatus[] = ["DRAFT", "SUBMITTED"];

export function incidentRelation(user: { organizationId: string }, incident: { organizationId: string; partnerOrganizationIds: readonly string[] }): IncidentRelation {
  if (incident.organizationId === user.organizationId) return "own";
  return incident.partnerOrganizationIds.includes(user.organizationId) ? "partner" : "other";
}

export function canOnIncident(user: { role: Role }, action: IncidentAction, relation: IncidentRelation, status: IncidentStatus): boolean {
  if (relation === "other" || (relation === "partner" && action !== "view")) return false;
  return INCIDENT_RULES[action][user.role]?.includes(status) ?? false;
}
