import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { isolated } from "@/components/i18n/isolated";

// Names keep their own direction inside a sentence of the other (a Latin name in Arabic).

export function AppShell({ user, reviewCount, children }: { user: SessionUser; reviewCount: number; children: ReactNode }) {
  const t = useTranslations("nav");
  const tVocab = useTranslations("vocab");
  const tCommon = useTranslations("common");
  return (
    <>
      <a className="skip-link" href="#content">{tCommon("skipLink")}</a>
      <header className="shell-header">
        <Link className="shell-brand" href="/incidents">Rescue Ledger</Link>
        <nav className="shell-nav" aria-label={t("label")}>
          <NavLink href="/incidents">{t("incidents")}</NavLink>
          {can(user, "incident:review") && <NavLink href="/review">{t("review", { count: reviewCount })}</NavLink>}
          {can(user, "dashboard:view") && <NavLink href="/dashboard">{t("dashboard")}</NavLink>}
          {can(user, "incident:import") && <NavLink href="/import">{t("import")}</NavLink>}
          {can(user, "audit:view") && <NavLink href="/audit">{t("audit")}</NavLink>}
          {can(user, "users:manage") && <NavLink href="/admin">{t("admin")}</NavLink>}
        </nav>
        <div className="shell-user">
          <span>{t.rich("user", { name: user.name, role: tVocab("role", { role: user.role }), organization: user.organizationShortName, bdi: isolated })}</span>
          <NavLink href="/account">{t("account")}</NavLink>
          <SignOutButton />
        </div>
      </header>
      <main id="content">{children}</main>
    </>
  );
}
