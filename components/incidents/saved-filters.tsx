import { Link } from "@/components/ui/link";
import { deleteSavedFilterAction } from "@/lib/actions/saved-filters";
import type { findSavedFilters } from "@/lib/data/saved-filters/saved-filters";
import { SaveFilterForm } from "./save-filter-form";

type Saved = Awaited<ReturnType<typeof findSavedFilters>>;

/** The user's saved filters: each applied with one click, deleted with its own button; only theirs. */
export function SavedFilters({ saved, filters }: { saved: Saved; filters: string }) {
  return (
    <section className="saved-filters card" aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading">Saved filters</h2>
      {saved.length === 0 ? (
        <p className="muted">None yet: choose filters or search, then save them here under a name only you see.</p>
      ) : (
        <ul className="saved-filter-list">
          {saved.map((s) => (
            <li key={s.id}>
              <Link href={s.href}>{s.name}</Link>
              <form method="post" action={deleteSavedFilterAction}>
                <input type="hidden" name="id" value={s.id} />
                <button className="button button-quiet" type="submit" aria-label={`Delete the saved filter ${s.name}`}>Delete</button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <SaveFilterForm filters={filters} />
    </section>
  );
}
