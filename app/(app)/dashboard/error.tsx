"use client";

import { useTranslations } from "next-intl";

// A failed query (e.g. the database is unreachable) leaves the rest of the app usable.
export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("dashboardError");
  return (
    <div className="alert" role="alert">
      {t("text")} <button className="button button-quiet" type="button" onClick={reset}>{t("retry")}</button>
    </div>
  );
}
