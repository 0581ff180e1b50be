"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { TextAreaField } from "./fields";
import { FIGURES_WITH_REASON } from "./form-values";

const asText = (value: unknown) => String(value ?? "").trim();

/** Asks why, once a headline figure differs from the saved one: the answer goes into the revision timeline. */
export function ReasonField({ initial }: { initial: IncidentFormValues }) {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  const figures = useWatch<IncidentFormValues, typeof FIGURES_WITH_REASON>({ name: FIGURES_WITH_REASON });
  const isChanged = FIGURES_WITH_REASON.some((name, index) => asText(figures[index]) !== asText(initial[name]));
  if (!isChanged) return null;
  return (
    <div className="form-section reason-box">
      <TextAreaField
        name="reason"
        label={tField("reason")}
        rows={2}
        hint={t("reasonHint")}
      />
    </div>
  );
}
