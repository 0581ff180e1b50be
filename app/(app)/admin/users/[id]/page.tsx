import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ROLE_LABELS } from "@/lib/labels";
import { UserAccessControls } from "@/components/admin/user-access-controls";
import { UserStatus } from "@/components/admin/user-table";
import { LocalTime } from "@/components/ui/local-time";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getManagedUser } from "@/lib/data/admin-users";
import { orNotFound } from "../../or-not-found";

// Not the user's name: titles stay in the browser's history after sign-out.
export const metadata: Metadata = { title: "User account" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser();
  if (!can(admin, "users:manage")) notFound();
  const { id } = await params;
  const user = await orNotFound(getManagedUser(admin, id));
  return (
    <>
      <h1>{user.name}</h1>
      <dl className="details">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt>Organization</dt>
        <dd>{user.organization.name}</dd>
        <dt>Status</dt>
        <dd><UserStatus user={user} /></dd>
        <dt>Last sign-in</dt>
        <dd>{user.lastSignInAt ? <LocalTime value={user.lastSignInAt} /> : "Never"}</dd>
      </dl>
      <UserAccessControls user={user} isSelf={user.id === admin.id} />
    </>
  );
}
