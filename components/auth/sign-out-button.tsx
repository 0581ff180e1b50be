"use client";

import { signOut } from "next-auth/react";
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
      return setError("Could not sign out: check the connection and try again.");
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
        Sign out
      </FormButton>
      {error && <span role="alert" className="alert">{error}</span>}
      <dialog ref={dialog} className="card" style={{ maxWidth: 460 }} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        <h2 id={`${id}-title`}>Unsaved input</h2>
        <p id={`${id}-text`}>
          {draftCount === 1 ? "One form holds" : `${draftCount} forms hold`} input you have not saved. Keep it for yourself (encrypted: only you can
          open it, by signing in again in this browser within {KEPT_DAYS} days), or discard it?
        </p>
        <div className="actions">
          <button type="button" className="button" disabled={isLeaving} onClick={() => leave("keep")}>Keep it for me</button>
          <button type="button" className="button button-danger" disabled={isLeaving} onClick={() => leave("discard")}>Discard it</button>
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>Cancel</button>
        </div>
      </dialog>
    </>
  );
}
