import type { IncidentStatus } from "@/generated/prisma/enums";
import { STATUS_LABELS } from "@/lib/labels";

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABELS[status]}</span>;
}
