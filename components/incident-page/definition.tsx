import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** One term/value pair of a definition list; unknown values read "Unknown", never 0. */
export function Definition({ term, children }: { term: string; children: ReactNode }) {
  const t = useTranslations("casePage");
  const isEmpty = children === null || children === undefined || children === "" || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{term}</dt>
      <dd>{isEmpty ? <span className="muted">{t("unknown")}</span> : children}</dd>
    </>
  );
}
