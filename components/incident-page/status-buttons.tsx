"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormButton } from "@/components/forms/form-button";
import { changeIncidentStatusAction, deleteIncidentAction } from "@/lib/actions/incidents";
import type { StatusAction } from "@/lib/schemas/incident";

export type Allowed = { submit: boolean; verify: boolean; archive: boolean; delete: boolean };
/** The buttons' words, from the server (casePage stays on the server). */
export type StatusWords = Record<StatusAction | "delete" | "archiveQuestion" | "deleteQuestion" | "unreachable", string>;

const ACTIONS: StatusAction[] = ["submit", "verify", "archive"];

/** The status changes the user may make; the server checks each again. */
export function StatusButtons({ id, version, allowed, words }: { id: string; version: number; allowed: Allowed; words: StatusWords }) {
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
        setMessage(words.unreachable);
      }
    });

  return (
    <>
      {ACTIONS.filter((action) => allowed[action as keyof Allowed]).map((action) => (
        <FormButton key={action} className="button button-quiet" disabled={isPending}
          onClick={() => (action !== "archive" || window.confirm(words.archiveQuestion)) && run(() => changeIncidentStatusAction(id, action, version), () => router.refresh())}>
          {words[action]}
        </FormButton>
      ))}
      {allowed.delete && (
        <FormButton className="button button-danger" disabled={isPending}
          onClick={() => window.confirm(words.deleteQuestion) && run(() => deleteIncidentAction(id, version), () => router.push("/incidents"))}>
          {words.delete}
        </FormButton>
      )}
      <p role="alert" className={message ? "alert" : undefined}>{message}</p>
    </>
  );
}
