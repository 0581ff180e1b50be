"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { EXPORT_REASON_MAX, exportPrivacySchema, type ExportPrivacyInput } from "@/lib/schemas/export-privacy";

/**
 * The full export of one file (`href`: the export URL with the list's filters), for reviewers: the reason
 * goes in the POST body to the audit event, never in the URL. Checked here with the route's own schema;
 * once valid the browser sends the form itself, so the file downloads as from a link. The format (CSV or
 * Excel) goes in the body too.
 */
export function FullExportForm({ href }: { href: string }) {
  const t = useTranslations("exportForm");
  const id = useId();
  const [format, setFormat] = useState<"csv" | "xlsx">("csv");
  const { register, handleSubmit, formState } = useForm<ExportPrivacyInput>({
    resolver: zodResolver(exportPrivacySchema), defaultValues: { privacy: "full", reason: "" },
  });
  const error = "reason" in formState.errors ? formState.errors.reason?.message : undefined;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    return handleSubmit(() => form.submit())(event);
  };
  return (
    <details className="full-export">
      <summary>{t("fullExport")}</summary>
      <form method="post" action={href} onSubmit={onSubmit} noValidate>
        <p className="field-hint">{t("fullExportIntro")}</p>
        <input type="hidden" {...register("privacy")} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("exportReason")}</label>
          <p id={`${id}-hint`} className="field-hint">{t("exportReasonHint", { max: EXPORT_REASON_MAX })}</p>
          <textarea id={`${id}-reason`} rows={2} maxLength={EXPORT_REASON_MAX} aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`} {...register("reason")} />
          <FieldError id={`${id}-error`} message={error} />
        </div>
        <fieldset className="checkbox-group">
          <legend>{t("format")}</legend>
          <div className="checkbox-options">
            {(["csv", "xlsx"] as const).map((value) => (
              <label key={value} className="checkbox">
                <input type="radio" name="format" value={value} checked={format === value} onChange={() => setFormat(value)} /> {t("formatName", { format: value })}
              </label>
            ))}
          </div>
        </fieldset>
        <button className="button button-quiet" type="submit">{t("downloadFull", { format })}</button>
      </form>
    </details>
  );
}
