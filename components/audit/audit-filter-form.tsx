import { Link } from "@/components/ui/link";
import { AUDIT_ACTION_LABELS } from "@/components/audit/audit-labels";
import type { AuditFilter } from "@/lib/schemas/audit-filter";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFilterForm({ filter }: { filter: AuditFilter }) {
  return (
    <form method="get" action="/audit" className="card filters" role="search" aria-label="Filter audit events">
      <div className="field">
        <label htmlFor="actor">Actor</label>
        <input id="actor" name="actor" type="search" placeholder="Name or email" defaultValue={filter.actor} />
      </div>
      <div className="field">
        <label htmlFor="action">Action</label>
        <select id="action" name="action" defaultValue={filter.action ?? ""}>
          <option value="">Any</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">From (UTC day)</label>
        <input id="from" name="from" type="date" defaultValue={filter.from} />
      </div>
      <div className="field">
        <label htmlFor="to">To (UTC day)</label>
        <input id="to" name="to" type="date" defaultValue={filter.to} />
      </div>
      <div className="field">
        <label htmlFor="incident">Incident reference</label>
        <input id="incident" name="incident" type="search" placeholder="e.g. MSF-2016-0001" defaultValue={filter.incident} />
      </div>
      <div className="filter-actions">
        <button className="button" type="submit">Filter</button>
        <Link href="/audit">Clear filters</Link>
      </div>
    </form>
  );
}
