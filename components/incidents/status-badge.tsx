import type { IncidentStatus } from "@/generated/prisma/enums";

const LABELS: Record<IncidentStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", VERIFIED: "Verified", ARCHIVED: "Archived" };

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge badge-${status}`}>{LABELS[status]}</span>;
}
