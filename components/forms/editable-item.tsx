"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormButton } from "./form-button";

type Mode = "show" | "edit" | "confirm-removal";

type Props = {
  /** "event 3 (Rescue started)": tells the buttons of one item from another's. */
  name: string;
  /** The question asked before removal, e.g. "Remove this event from the timeline?". */
  removalQuestion: string;
  remove: () => Promise<ActionResult<unknown>>;
  /** Where the focus goes once the item is gone, e.g. the section's heading. */
  focusAfterRemoval: string;
  /** The item's edit form, told how to return to showing the item. */
  form: (close: () => void) => ReactNode;
  children: ReactNode;
};

/** One item of a case's list (an event, a track point) with its Edit and Remove buttons; removal asks first. */
export function EditableItem({ name, removalQuestion, remove, focusAfterRemoval, form, children }: Props) {
  const t = useTranslations("common");
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("show");
  const [message, setMessage] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<Mode>();

  useEffect(() => {
    if (focusAfter === "show") editButton.current?.focus();
    if (focusAfter === "confirm-removal") confirmButton.current?.focus();
  }, [focusAfter, mode]);

  const show = (next: Mode) => {
    setMode(next);
    setFocusAfter(next === "edit" ? undefined : next);
  };

  const confirmRemoval = () =>
    startTransition(async () => {
      setMessage(undefined);
      try {
        const result = await remove();
        if (!result.ok) return setMessage(result.message);
        document.getElementById(focusAfterRemoval)?.focus();
        router.refresh();
      } catch {
        setMessage(t("item.unreachable"));
      }
    });

  if (mode === "edit") return <li className="timeline-item">{form(() => show("show"))}</li>;
  return (
    <li className="timeline-item">
      {children}
      {mode === "confirm-removal" ? (
        <div role="group" aria-label={t("item.confirmLabel", { name })} className="timeline-confirm">
          <p>{removalQuestion} {t("item.historyKeeps")}</p>
          <FormButton ref={confirmButton} type="button" className="button button-danger" disabled={isPending} onClick={confirmRemoval}>
            {isPending ? t("item.removing") : t("item.confirm")}
          </FormButton>
          <button type="button" className="button button-quiet" disabled={isPending} onClick={() => show("show")}>{t("item.keep")}</button>
        </div>
      ) : (
        <div className="timeline-item-actions">
          <FormButton ref={editButton} type="button" className="button button-quiet" aria-label={t("item.editLabel", { name })} onClick={() => show("edit")}>{t("item.edit")}</FormButton>
          <FormButton type="button" className="button button-quiet" aria-label={t("item.removeLabel", { name })} onClick={() => show("confirm-removal")}>{t("item.remove")}</FormButton>
        </div>
      )}
      <p role="alert" className={message ? "alert" : undefined}>{message}</p>
    </li>
  );
}
