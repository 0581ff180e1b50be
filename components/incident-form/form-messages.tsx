"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/ui/local-time";

type FormMessagesProps = {
  error?: { message: string; details: string[] };
  restoredAt: Date | null;
  onDiscard: () => void;
};

/** The form's announcements: why saving failed, and that input from an earlier visit was restored. */
export function FormMessages({ error, restoredAt, onDiscard }: FormMessagesProps) {
  const t = useTranslations("incidentForm");
  return (
    <>
      <div role="alert" aria-live="assertive">
        {error && (
          <div className="alert" tabIndex={-1}>
            <p>{error.message}</p>
            {error.details.length > 0 && (
              <ul>
                {error.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div role="status" aria-live="polite">
        {restoredAt && (
          <p className="notice">
            {t.rich("restored", { time: () => <LocalTime value={restoredAt} /> })}{" "}
            <button type="button" className="button button-quiet" onClick={onDiscard}>{t("discard")}</button>
          </p>
        )}
      </div>
    </>
  );
}
