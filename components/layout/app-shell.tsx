import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { SessionUser } from "@/lib/data/users";
import { ROLE_LABELS } from "@/lib/labels";

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#content">Skip to content</a>
      <header className="shell-header">
        <Link className="shell-brand" href="/incidents">Rescue Ledger</Link>
        <nav className="shell-nav" aria-label="Main">
          <NavLink href="/incidents">Incidents</NavLink>
        </nav>
        <div className="shell-user">
          <span>
            {user.name} · {ROLE_LABELS[user.role]}, {user.organizationShortName}
          </span>
          <SignOutButton />
        </div>
      </header>
      <main id="content">{children}</main>
    </>
  );
}
