import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { deleteSavedFilterAction } from "@/lib/actions/saved-filters";
import type { findSavedFilters } from "@/lib/data/saved-filters/saved-filters";
import { SaveFilterForm } from "./save-filter-form";

type Saved = Awaited<ReturnType<typeof findSavedFilters>>;

/** The user's saved filters: each applied with one click, deleted with its own button; only theirs. */
export function SavedFilters({ saved, filters }: { saved: Saved; filters: string }) {
  const t = useTranslations("incidentList");
  return (
    <section className="saved-filters card" aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading">{t("savedHeading")}</h2>
      {saved.length === 0 ? (
        <p className="muted">{t("savedNone")}</p>
      ) : (
        <ul className="saved-filter-list">
          {saved.map((s) => (
            <li key={s.id}>
              <Link href={s.href}>{s.name}</Link>
              <form method="post" action={deleteSavedFilterAction}>
                <input type="hidden" name="id" value={s.id} />
                <button className="button button-quiet" type="submit" aria-label={t("deleteSavedLabel", { name: s.name })}>{t("deleteSaved")}</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <SaveFilterForm filters={filters} />
    </section>
  );
}
