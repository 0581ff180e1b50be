import { useTranslations } from "next-intl";
import type { IncidentStatus } from "@/generated/prisma/enums";

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const tVocab = useTranslations("vocab");
  return <span className={`badge badge-${status}`}>{tVocab("status", { status })}</span>;
}
