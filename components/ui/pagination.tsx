import { Link } from "@/components/ui/link";

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? <Link href={hrefFor(page - 1)} rel="prev">← Previous</Link> : <span className="muted">← Previous</span>}
      <span aria-current="page">Page {page} of {pageCount}</span>
      {page < pageCount ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span className="muted">Next →</span>}
    </nav>
  );
}
