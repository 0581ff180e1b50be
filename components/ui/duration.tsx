import { useTranslations } from "next-intl";
import { durationParts } from "@/lib/timeline/durations";

/** A duration in the reader's language: "45 min", "1 h 10 min", "3 days 1 hour" (the case page, the dashboard). */
export function Duration({ ms }: { ms: number }) {
  const t = useTranslations("durations");
  return <>{t("span", durationParts(ms))}</>;
}
