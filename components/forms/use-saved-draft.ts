"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

const PREFIX = "rescue-ledger:draft:";
const SAVE_DELAY_MS = 400;

type StoredDraft = { savedAt: string; values: unknown };

function readDraft(storageKey: string): StoredDraft | null {
  try {
    const draft = JSON.parse(window.localStorage.getItem(storageKey) ?? "null");
    if (draft && typeof draft.savedAt === "string" && draft.values && typeof draft.values === "object") return draft;
  } catch {
    // unreadable: dropped below
  }
  window.localStorage.removeItem(storageKey);
  return null;
}

/**
 * Keeps unsaved form input in the browser (localStorage) until the server accepts it, so a reload, a
 * failed submit or a lost connection loses nothing. Returns when a restored draft was saved (null when
 * none was), `forgetDraft` for once the server has saved, and `discardDraft` to start over.
 */
export function useSavedDraft<T extends FieldValues>(key: string, form: UseFormReturn<T>) {
  const storageKey = PREFIX + key;
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const isSaving = useRef(false);

  useEffect(() => {
    const draft = readDraft(storageKey);
    if (draft) {
      form.reset(draft.values as T, { keepDefaultValues: true });
      // localStorage exists only after hydration: reading it while rendering would mismatch the server's HTML.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestoredAt(new Date(draft.savedAt));
    }
    isSaving.current = true;
  }, [form, storageKey]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      if (!isSaving.current) return;
      const draft: StoredDraft = { savedAt: new Date().toISOString(), values: form.getValues() };
      window.localStorage.setItem(storageKey, JSON.stringify(draft));
    };
    // Only the user's edits (they carry a field name) are saved; a reset, restoring or discarding, is not.
    const subscription = form.watch((_values, { name }) => {
      if (!name) return;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    });
    // A reload or a closed tab within the delay must not lose the last keystrokes.
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      subscription.unsubscribe();
      window.removeEventListener("pagehide", flush);
    };
  }, [form, storageKey]);

  const forgetDraft = useCallback(() => {
    isSaving.current = false;
    window.localStorage.removeItem(storageKey);
  }, [storageKey]);

  const discardDraft = useCallback(() => {
    window.localStorage.removeItem(storageKey);
    form.reset();
    setRestoredAt(null);
  }, [form, storageKey]);

  return { isRestored: restoredAt !== null, restoredAt, forgetDraft, discardDraft };
}
