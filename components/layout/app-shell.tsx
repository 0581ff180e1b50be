import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { ROLE_LABELS } from "@/lib/labels";

export function AppShell({ user, reviewCount, children }: { user: SessionUser; reviewCount: number; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#content">Skip to content</a>
      <header className="shell-header">
        <Link className="shell-brand" href="/incidents">Rescue Ledger</Link>
        <nav className="shell-nav" aria-label="Main">
          <NavLink href="/incidents">Incidents</NavLink>
          {can(user, "incident:review") && <NavLink href="/review">To review ({reviewCount.toLocaleString("en")})</NavLink>}
          {can(user, "dashboard:view") && <NavLink href="/dashboard">Dashboard</NavLink>}
          {can(user, "incident:import") && <NavLink href="/import">Import</NavLink>}
          {can(user, "audit:view") && <NavLink href="/audit">Audit</NavLink>}
          {can(user, "users:manage") && <NavLink href="/admin">Admin</NavLink>}
        </nav>
        <div className="shell-user">
          <span>
            {user.name} · {ROLE_LABELS[user.role]}, {user.organizationShortName}
          </span>
          <NavLink href="/account">Account</NavLink>
          <SignOutButton />
        </div>
      </header>
      <main id="content">{children}</main>
    </>
  );
}
