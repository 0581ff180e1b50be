"use client";

import { useTranslations } from "next-intl";

// A page that failed on the server (e.g. the database did not answer in time) shows this inside the app's
// shell, not Next's bare error page. `retry` fetches the page again; `reset` alone would show the failed one.
export default function PageError({ retry }: { error: Error; retry: () => void }) {
  const t = useTranslations("pageError");
  return (
    <div className="alert" role="alert">
      {t("text")} <button className="button button-quiet" type="button" onClick={retry}>{t("retry")}</button>
    </div>
  );
}
