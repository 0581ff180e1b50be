import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";

/** What a missing page says. Pages a user may not open answer the same, so that they reveal nothing. */
export function NotFoundMessage() {
  const t = useTranslations("notFound");
  return (
    <div className="card">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p><Link href="/incidents">{t("link")}</Link></p>
    </div>
  );
}
