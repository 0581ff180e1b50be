import { useFormatter, useTranslations } from "next-intl";
import type { VerifyState } from "@/lib/actions/review";

/** What "Verify selected" did, case by case, in a live region so that a screen reader hears it. */
export function VerifyReport({ state, references }: { state: VerifyState; references: Map<string, string> }) {
  const t = useTranslations("review");
  const format = useFormatter();
  const name = ({ id, reference }: { id: string; reference?: string }) => reference ?? references.get(id) ?? t("aCase");
  const verified = state.outcomes?.filter((o) => o.isVerified) ?? [];
  const refused = state.outcomes?.filter((o) => !o.isVerified) ?? [];
  return (
    <div className="verify-report" role="status" aria-live="polite">
      {state.message && <p className="field-error">{state.message}</p>}
      {verified.length > 0 && <p>{t("verified", { references: format.list(verified.map(name), { type: "unit" }) })}</p>}
      {refused.length > 0 && (
        <>
          <p className="field-error">{t("notVerified")}</p>
          <ul>
            {refused.map((o) => (
              <li key={o.id}>{name(o)}: {t("refusal", { reason: o.reason ?? "unknown" })}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
