import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** "before → after", its arrow pointing the way the reader's language reads. */
export function ChangeArrow({ from, to }: { from: ReactNode; to: ReactNode }) {
  const t = useTranslations("casePage");
  return <>{t.rich("fromTo", { from: () => from, to: () => to })}</>;
}
