import { useTranslations } from "next-intl";
import { NavLink } from "@/components/layout/nav-link";

export function AdminNav() {
  const t = useTranslations("admin");
  return (
    <nav className="sub-nav" aria-label={t("navLabel")}>
      <NavLink href="/admin/users">{t("users")}</NavLink>
      <NavLink href="/admin/organizations">{t("organizations")}</NavLink>
      <NavLink href="/admin/vessels">{t("vessels")}</NavLink>
      <NavLink href="/admin/privacy">{t("privacy")}</NavLink>
      <NavLink href="/admin/erasure">{t("erasure")}</NavLink>
    </nav>
  );
}
