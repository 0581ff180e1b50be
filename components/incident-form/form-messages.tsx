"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";

type FormMessagesProps = {
  error?: { message: string; details: string[] };
  restoredAt: Date | null;
  onDiscard: () => void;
  /** What the user can do about the error from here (save anyway). */
  action?: ReactNode;
};

/** The form's announcements: why saving failed, and that input from an earlier visit was restored. */
export function FormMessages({ error, restoredAt, onDiscard, action }: FormMessagesProps) {
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
            {action}
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
