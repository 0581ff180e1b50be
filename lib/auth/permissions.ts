import type { Role } from "@/generated/prisma/enums";

// The one table of who may do what (DESIGN.md, access rules). Organization scoping of incidents is
// applied by the data layer on top of it (lib/data/incident-scope.ts).
const ROLE_PERMISSIONS = {
  "incident:list": ["FIELD", "COORDINATOR", "ADMIN"],
  "incident:view": ["FIELD", "COORDINATOR", "ADMIN"],
  "incident:create": ["FIELD", "COORDINATOR", "ADMIN"],
  "incident:edit": ["FIELD", "COORDINATOR", "ADMIN"],
  "incident:verify": ["COORDINATOR", "ADMIN"],
  "incident:archive": ["COORDINATOR", "ADMIN"],
  "incident:export": ["COORDINATOR", "ADMIN"],
  "incident:import": ["COORDINATOR", "ADMIN"],
  "dashboard:view": ["COORDINATOR", "ADMIN"],
  "audit:view": ["COORDINATOR", "ADMIN"],
  "users:manage": ["ADMIN"],
  "vessels:manage": ["ADMIN"],
  "organizations:manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof ROLE_PERMISSIONS;

export function can(user: { role: Role }, permission: Permission): boolean {
  return (ROLE_PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}
