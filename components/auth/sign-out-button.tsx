"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useDraftVault } from "@/components/forms/draft-vault-provider";
import { KEPT_DAYS } from "@/components/forms/draft-vault";
import { FormButton } from "@/components/forms/form-button";
import { allowLeaving } from "@/components/forms/use-unsaved-changes-guard";

/**
 * Signs out; if the user has unsaved input in this browser, asks first whether to keep it for them
 * (encrypted: only they can open it, after signing in again here) or to discard it.
 */
export function SignOutButton() {
  const t = useTranslations("signOut");
  const { vault } = useDraftVault();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [draftCount, setDraftCount] = useState(0);
  const [isLeaving, setIsLeaving] = useState(false);
  const [error, setError] = useState<string>();

  async function leave(choice: "keep" | "discard") {
    setIsLeaving(true);
    setError(undefined);
    try {
      await signOut({ redirect: false });
    } catch {
      setIsLeaving(false);
      return setError(t("failed"));
    }
    vault?.close(choice);
    allowLeaving();
    // A relative address keeps the browser on the address it reached the app by (next-auth's is absolute);
    // a whole new page, not a client-side one, so nothing of this user's pages stays in memory or in Back.
    window.location.replace("/sign-in");
  }

  async function start() {
    if (vault) {
      await vault.settled();
      const count = vault.count();
      if (count > 0) {
        setDraftCount(count);
        return dialog.current?.showModal();
      }
    }
    await leave("discard");
  }

  return (
    <>
      <FormButton className="button button-quiet" disabled={isLeaving} onClick={start}>
        {t("button")}
      </FormButton>
      {error && <span role="alert" className="alert">{error}</span>}
      <dialog ref={dialog} className="card" style={{ maxWidth: 460 }} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <h2 id={`${id}-title`}>{t("unsavedTitle")}</h2>
        <p id={`${id}-text`}>{t("unsavedText", { count: draftCount, days: KEPT_DAYS })}</p>
        <div className="actions">
          <button type="button" className="button" disabled={isLeaving} onClick={() => leave("keep")}>{t("keep")}</button>
          <button type="button" className="button button-danger" disabled={isLeaving} onClick={() => leave("discard")}>{t("discard")}</button>
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>{t("cancel")}</button>
        </div>
      </dialog>
    </>
  );
}
