"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useState } from "react";
import { FormButton } from "@/components/forms/form-button";
import { useMessageText } from "@/components/i18n/use-message-text";
import { ErasureHits } from "@/components/privacy/erasure-hits";
import { FieldError } from "@/components/ui/field-error";
import { erasureAction, type ErasureState } from "@/lib/actions/erasure";
import { MENTION_KINDS } from "@/lib/privacy/erasure/mention-kinds";
import { erasureFormSchema, ERASURE_TEXT_MAX } from "@/lib/schemas/erasure";

/**
 * Find a text, see every place it is, erase it there after confirming. Both forms post (the text is a
 * person's name or number: never in a URL); the search is checked here with the server's schema first.
 */
export function ErasureTool() {
  const t = useTranslations("erasure");
  const text = useMessageText();
  const [state, action, isPending] = useActionState<ErasureState, FormData>(erasureAction, { text: "" });
  const [clientError, setClientError] = useState<string>();
  const textError = clientError ?? state.textError;

  const check = (event: FormEvent<HTMLFormElement>) => {
    const parsed = erasureFormSchema.safeParse({ text: new FormData(event.currentTarget).get("text") });
    setClientError(parsed.success ? undefined : parsed.error.issues[0].message);
    if (!parsed.success) event.preventDefault();
  };
  const found = state.found;
  const events = found ? found.audit.total + found.export.total : 0;
  const isNowhere = found && found.case.total + events + found.savedSearch.total === 0;

  return (
    <>
      <form className="card form-narrow" method="post" action={action} onSubmit={check} noValidate aria-label={t("findLabel")}>
        <div className="field">
          <label htmlFor="erasure-text">{t("textLabel")}</label>
          <p id="erasure-text-hint" className="field-hint">{t("textHint", { max: ERASURE_TEXT_MAX })}</p>
          <input id="erasure-text" name="text" defaultValue={state.text} key={state.text} maxLength={ERASURE_TEXT_MAX} autoComplete="off"
            aria-invalid={textError ? true : undefined} aria-describedby="erasure-text-hint erasure-text-error" />
          <FieldError id="erasure-text-error" message={textError} />
        </div>
        <FormButton className="button" type="submit" name="intent" value="find" disabled={isPending}>{t("find")}</FormButton>
      </form>
      <div role="alert" aria-live="assertive">{state.message && !state.textError && <p className="alert">{text(state.message)}</p>}</div>
      <div role="status" aria-live="polite">
        {state.erased && (
          <p className="notice">{t("erasedSummary", { ...state.erased, events: state.erased.auditEvents + state.erased.exports })}</p>
        )}
        {isNowhere && <p className="notice">{t("nowhere")}</p>}
      </div>
      {found && !isNowhere && (
        <>
          {MENTION_KINDS.map((kind) => <ErasureHits key={kind} kind={kind} mentions={found[kind]} />)}
          <form className="card" method="post" action={action} aria-label={t("confirmLabel")}>
            <input type="hidden" name="text" value={state.text} />
            <p><strong>{t("confirmQuestion", { occurrences: found.occurrences, cases: found.cases, events })}</strong></p>
            {found.savedSearch.total > 0 && <p>{t("confirmSavedSearches", { count: found.savedSearch.total })}</p>}
            <p className="muted">{t("confirmWarning")}</p>
            <FormButton className="button button-danger" type="submit" name="intent" value="erase" disabled={isPending}>{t("erase")}</FormButton>
          </form>
        </>
      )}
    </>
  );
}
