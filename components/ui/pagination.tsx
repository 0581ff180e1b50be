import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useTranslations("common");
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">{t("pagination.previous")}</Link> : <span className="muted">{t("pagination.previous")}</span>}
      <span aria-current="page">{t("pagination.page", { page, pageCount })}</span>
      {page < pageCount ? <Link href={hrefFor(page + 1)} rel="next">{t("pagination.next")}</Link> : <span className="muted">{t("pagination.next")}</span>}
    </nav>
  );
}
