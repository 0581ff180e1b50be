"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { useDraftVault } from "./draft-vault-provider";

/**
 * Keeps unsaved form input in this browser, encrypted for the signed-in user alone (draft-vault.ts), until
 * the server accepts it, so a reload, a failed submit or a lost connection loses nothing. Returns whether
 * the saved input has been looked for (`isLoaded`), when a restored draft was saved (null when none was),
 * `forgetDraft` for once the server has saved, and `discardDraft` to start over.
 */
export function useSavedDraft<T extends FieldValues>(name: string, form: UseFormReturn<T>) {
  const { vault, isOpening } = useDraftVault();
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const [isLoaded, setIsLoaded] = useState(false);
  const isSaving = useRef(false);
  // An edit made while the saved input is still being looked for: it wins over that input, and is saved.
  const isEditedMeanwhile = useRef(false);
  const snapshot = useCallback(() => ({ savedAt: new Date().toISOString(), values: form.getValues() }), [form]);

  useEffect(() => {
    if (isOpening) return;
    let isCurrent = true;
    (vault ? vault.read(name) : Promise.resolve(null)).then((draft) => {
      if (!isCurrent) return;
      if (draft && !isEditedMeanwhile.current) {
        form.reset(draft.values as T, { keepDefaultValues: true });
        setRestoredAt(new Date(draft.savedAt));
      }
      isSaving.current = true;
      if (isEditedMeanwhile.current) vault?.save(name, snapshot);
      setIsLoaded(true);
    });
    return () => {
      isCurrent = false;
    };
  }, [form, isOpening, name, snapshot, vault]);

  useEffect(() => {
    // Only the user's edits (they carry a field name) are saved; a reset, restoring or discarding, is not.
    // Each is saved at once (encrypting is quick): a reload or a closed tab right after typing loses nothing.
    const subscription = form.watch((_values, { name: field }) => {
      if (!field) return;
      if (!isSaving.current) isEditedMeanwhile.current = true;
      else vault?.save(name, snapshot);
    });
    return () => subscription.unsubscribe();
  }, [form, name, snapshot, vault]);

  const forgetDraft = useCallback(() => {
    isSaving.current = false;
    vault?.remove(name);
  }, [name, vault]);

  const discardDraft = useCallback(() => {
    vault?.remove(name);
    form.reset();
    setRestoredAt(null);
  }, [form, name, vault]);

  return { isLoaded, isRestored: restoredAt !== null, restoredAt, forgetDraft, discardDraft };
}
