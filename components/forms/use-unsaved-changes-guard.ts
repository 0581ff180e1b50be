"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

let isLeavingOnPurpose = false;

/** For a departure the user has already answered for (signing out): no second question on the way out. */
export function allowLeaving() {
  isLeavingOnPurpose = true;
}

/** Asks before leaving a form with unsaved changes: tab close or reload, and links inside the app. */
export function useUnsavedChangesGuard(isDirty: boolean) {
  const t = useTranslations("common");
  const question = t("leaveQuestion");
  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isLeavingOnPurpose) event.preventDefault();
    };
    // The App Router has no navigation event to veto, so catch clicks on links before Next handles them.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || link.getAttribute("target") === "_blank" || link.hasAttribute("download") || event.defaultPrevented) return;
      // A new tab, or a jump within this page (the skip link), leaves the form where it is.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty, question]);
}
