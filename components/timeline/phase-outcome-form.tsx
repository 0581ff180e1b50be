"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { IncidentOutcome, IncidentPhase } from "@/generated/prisma/enums";
import { setPhaseAndOutcomeAction } from "@/lib/actions/timeline";
import { PHASE_AUTO, phaseOutcomeInputSchema, type PhaseOutcomeFormValues, type PhaseOutcomeInput } from "@/lib/schemas/timeline";
import { SelectField } from "./fields";
import { FormButton } from "@/components/forms/form-button";

type Props = {
  incidentId: string;
  version: number;
  phase: IncidentPhase;
  phaseSetByHand: boolean;
  outcome: IncidentOutcome | null;
  /** The phase the timeline gives, offered as "follow the timeline". */
  derivedPhase: IncidentPhase;
};

/** The case's phase (by hand, or following the timeline) and outcome. */
export function PhaseOutcomeForm({ incidentId, version, phase, phaseSetByHand, outcome, derivedPhase }: Props) {
  const t = useTranslations("timeline");
  const tVocab = useTranslations("vocab");
  const router = useRouter();
  const form = useForm<PhaseOutcomeFormValues, unknown, PhaseOutcomeInput>({
    resolver: zodResolver(phaseOutcomeInputSchema),
    defaultValues: { phase: phaseSetByHand ? phase : PHASE_AUTO, outcome: outcome ?? "", version },
  });
  const [message, setMessage] = useState<{ text: string; isError: boolean }>();
  const error = message?.isError ? message.text : undefined;
  const notice = message && !message.isError ? message.text : undefined;
  const { errors, isSubmitting } = form.formState;
  useEffect(() => form.setValue("version", version), [form, version]);

  const phaseOptions = [
    { value: PHASE_AUTO, label: t("followTimeline", { phase: tVocab("phase", { phase: derivedPhase }) }) },
    ...Object.values(IncidentPhase).map((value) => ({ value, label: tVocab("phase", { phase: value }) })),
  ];
  const outcomeOptions = Object.values(IncidentOutcome).map((value) => ({ value, label: tVocab("outcome", { outcome: value }) }));

  async function save(values: PhaseOutcomeInput) {
    setMessage(undefined);
    try {
      const result = await setPhaseAndOutcomeAction(incidentId, values);
      if (!result.ok) return setMessage({ text: result.message, isError: true });
      setMessage({ text: t("phaseSaved"), isError: false });
      router.refresh();
    } catch {
      setMessage({ text: t("phaseNetworkError"), isError: true });
    }
  }

  return (
    <form method="post" className="phase-outcome-form" aria-label={t("phaseAndOutcome")} noValidate onSubmit={form.handleSubmit(save)}>
      <SelectField id="timeline-phase" label={t("phase")} options={phaseOptions} error={errors.phase?.message} registration={form.register("phase")} />
      <SelectField id="timeline-outcome" label={t("outcome")} options={outcomeOptions} blank={t("notRecorded")} error={errors.outcome?.message} registration={form.register("outcome")} />
      <FormButton className="button button-quiet" type="submit" disabled={isSubmitting}>{isSubmitting ? t("saving") : t("savePhase")}</FormButton>
      <p role="alert" className={error ? "alert" : undefined}>{error}</p>
      <p role="status" className="timeline-status">{notice}</p>
    </form>
  );
}
