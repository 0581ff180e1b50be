import { useTranslations } from "next-intl";

/** What to do when nothing matches: the filters are the only way out. */
export function EmptyState() {
  const t = useTranslations("dashboard");
  return <p className="empty card">{t("empty")}</p>;
}
