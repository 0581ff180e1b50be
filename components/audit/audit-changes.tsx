import { useTranslations } from "next-intl";
import { ChangeArrow } from "@/components/timeline/change-arrow";
import type { AuditEventRow } from "@/lib/data/audit-events";
import { FIELD } from "@/lib/schemas/incident-labels";

type Json = AuditEventRow["changes"];

function formatValue(value: Json | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const isFromTo = (value: Json | undefined): value is { from: Json; to: Json } =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "from" in value && "to" in value;

// An incident's fields by the form's names for them; other records' fields as stored.
const FIELD_KEYS: Record<string, string> = { ...FIELD, positionText: FIELD.position };

/** Updates as "field: from → to"; other events' details (a created record, an export's filters) as "field: value". */
export function AuditChanges({ changes }: { changes: Json }) {
  const t = useTranslations() as unknown as (key: string) => string;
  if (changes === null || typeof changes !== "object" || Array.isArray(changes)) return changes === null ? null : <span>{formatValue(changes)}</span>;
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  return (
    <ul className="audit-changes">
      {entries.map(([field, value]) => (
        <li key={field}>
          <span className="audit-field">{FIELD_KEYS[field] ? t(FIELD_KEYS[field]) : field}</span>:{" "}
          {isFromTo(value) ? (
            <ChangeArrow from={<del>{formatValue(value.from)}</del>} to={<ins>{formatValue(value.to)}</ins>} />
          ) : (
            formatValue(value)
          )}
        </li>
      ))}
    </ul>
  );
}
