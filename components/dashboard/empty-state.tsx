/** What to do when nothing matches: the filters are the only way out. */
export function EmptyState({ what = "incidents" }: { what?: string }) {
  return <p className="empty card">No {what} match: widen the period or choose other statuses.</p>;
}
