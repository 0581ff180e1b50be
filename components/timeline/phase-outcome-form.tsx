"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { IncidentOutcome, IncidentPhase } from "@/generated/prisma/enums";
import { setPhaseAndOutcomeAction } from "@/lib/actions/timeline";
import { PHASE_AUTO, phaseOutcomeInputSchema, type PhaseOutcomeFormValues, type PhaseOutcomeInput } from "@/lib/schemas/timeline";
import { OUTCOME_LABELS, PHASE_LABELS } from "@/lib/timeline/labels";
import { optionsOf, SelectField } from "./fields";
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

const OUTCOME_OPTIONS = optionsOf(OUTCOME_LABELS);

/** The case's phase (by hand, or following the timeline) and outcome. */
export function PhaseOutcomeForm({ incidentId, version, phase, phaseSetByHand, outcome, derivedPhase }: Props) {
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

  const phaseOptions = [{ value: PHASE_AUTO, label: `Follow the timeline (now: ${PHASE_LABELS[derivedPhase]})` }, ...optionsOf(PHASE_LABELS)];

  async function save(values: PhaseOutcomeInput) {
    setMessage(undefined);
    try {
      const result = await setPhaseAndOutcomeAction(incidentId, values);
      if (!result.ok) return setMessage({ text: result.message, isError: true });
      setMessage({ text: "Phase and outcome saved.", isError: false });
      router.refresh();
    } catch {
      setMessage({ text: "Could not reach the server: nothing was saved. Try again.", isError: true });
    }
  }

  return (
    <form method="post" className="phase-outcome-form" aria-label="Phase and outcome" noValidate onSubmit={form.handleSubmit(save)}>
      <SelectField id="timeline-phase" label="Phase" options={phaseOptions} error={errors.phase?.message} registration={form.register("phase")} />
      <SelectField id="timeline-outcome" label="Outcome" options={OUTCOME_OPTIONS} blank="Not recorded" error={errors.outcome?.message} registration={form.register("outcome")} />
      <FormButton className="button button-quiet" type="submit" disabled={isSubmitting}>{isSubmitting ? "Saving…" : "Save phase and outcome"}</FormButton>
      <p role="alert" className={error ? "alert" : undefined}>{error}</p>
      <p role="status" className="timeline-status">{notice}</p>
    </form>
  );
}
