"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormButton } from "@/components/forms/form-button";
import { changeIncidentStatusAction, deleteIncidentAction } from "@/lib/actions/incidents";
import type { StatusAction } from "@/lib/schemas/incident";

type Allowed = { submit: boolean; verify: boolean; archive: boolean; delete: boolean };

const BUTTONS: { action: StatusAction; label: string; confirm?: string }[] = [
  { action: "submit", label: "Submit for review" },
  { action: "verify", label: "Verify" },
  { action: "archive", label: "Archive", confirm: "Archive this incident? It will no longer be counted unless archived incidents are chosen." },
];

/** The status changes the user may make; the server checks each again. */
export function StatusActions({ id, version, allowed }: { id: string; version: number; allowed: Allowed }) {
  const router = useRouter();
  const [message, setMessage] = useState<string>();
  const [isPending, startTransition] = useTransition();

  const run = (call: () => ReturnType<typeof deleteIncidentAction>, after: () => void) =>
    startTransition(async () => {
      setMessage(undefined);
      try {
        const result = await call();
        if (result.ok) after();
        else setMessage(result.message);
      } catch {
        setMessage("Could not reach the server: nothing was changed. Try again.");
      }
    });

  return (
    <>
      {BUTTONS.filter((b) => allowed[b.action as keyof Allowed]).map((b) => (
        <FormButton key={b.action} className="button button-quiet" disabled={isPending}
          onClick={() => (!b.confirm || window.confirm(b.confirm)) && run(() => changeIncidentStatusAction(id, b.action, version), () => router.refresh())}>
          {b.label}
        </FormButton>
      ))}
      {allowed.delete && (
        <FormButton className="button button-danger" disabled={isPending}
          onClick={() => window.confirm("Delete this draft? It disappears from lists and counts; the audit trail keeps it.") && run(() => deleteIncidentAction(id, version), () => router.push("/incidents"))}>
          Delete
        </FormButton>
      )}
      <p role="alert" className={message ? "alert" : undefined}>{message}</p>
    </>
  );
}
