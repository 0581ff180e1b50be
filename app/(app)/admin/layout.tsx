import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

// Non-admins get the same 404 as for a page that does not exist; each page checks again on its own.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (!can(user, "users:manage")) notFound();
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
