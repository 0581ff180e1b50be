"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/admin/form-field";
import { FormButton } from "@/components/forms/form-button";
import { useFormTypedBeforeHydration } from "@/components/forms/use-typed-before-hydration";
import { applyServerErrors, FormMessages } from "@/components/admin/form-messages";
import { VesselKind } from "@/generated/prisma/enums";
import { createVesselAction, updateVesselAction } from "@/lib/actions/vessels";
import { vesselInputSchema, type VesselFormInput } from "@/lib/schemas/vessel";

type Props = {
  vessel?: { id: string } & { [K in keyof VesselFormInput]: VesselFormInput[K] | null };
  /** Only for platform operators, who choose the operating organization. */
  organizations?: { id: string; name: string }[];
};

export function VesselForm({ vessel, organizations }: Props) {
  const t = useTranslations("admin");
  const tVocab = useTranslations("vocab");
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const form = useForm<VesselFormInput>({
    resolver: zodResolver(vesselInputSchema, undefined, { raw: true }),
    defaultValues: {
      name: vessel?.name ?? "", kind: vessel?.kind ?? "RESCUE_SHIP", flagState: vessel?.flagState ?? "", imo: vessel?.imo ?? "",
      mmsi: vessel?.mmsi ?? "", callSign: vessel?.callSign ?? "", organizationId: vessel?.organizationId ?? "",
    },
  });
  const { register, handleSubmit, setError, formState } = form;
  const { errors, isSubmitting } = formState;
  const formId = useFormTypedBeforeHydration(form);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = vessel ? await updateVesselAction(vessel.id, values) : await createVesselAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.push("/admin/vessels");
  });

  return (
    <form id={formId} method="post" onSubmit={onSubmit} noValidate className="card form-narrow">
      <FormMessages error={formError} />
      <TextField id="name" label={t("name")} autoComplete="off" error={errors.name?.message} registration={register("name")} />
      <SelectField id="kind" label={t("kind")} error={errors.kind?.message} registration={register("kind")}>
        {Object.values(VesselKind).map((kind) => (
          <option key={kind} value={kind}>{tVocab("vesselKind", { kind })}</option>
        ))}
      </SelectField>
      <TextField id="flagState" label={t("flagStateOptional")} autoComplete="off" error={errors.flagState?.message} registration={register("flagState")} />
      <TextField id="imo" label={t("imoOptional")} hint={t("imoHint")} inputMode="numeric" autoComplete="off" className="input-short" error={errors.imo?.message} registration={register("imo")} />
      <TextField id="mmsi" label={t("mmsiOptional")} hint={t("mmsiHint")} inputMode="numeric" autoComplete="off" className="input-short" error={errors.mmsi?.message} registration={register("mmsi")} />
      <TextField id="callSign" label={t("callSignOptional")} autoComplete="off" className="input-short" error={errors.callSign?.message} registration={register("callSign")} />
      {organizations && (
        <SelectField id="organizationId" label={t("operatingOrganization")} error={errors.organizationId?.message} registration={register("organizationId")}>
          <option value="">{t("noOperator")}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>{o.name}</option>
          ))}
        </SelectField>
      )}
      <FormButton className="button" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : vessel ? t("saveChanges") : t("createVessel")}
      </FormButton>
    </form>
  );
}
