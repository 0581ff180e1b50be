"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { DraftKey } from "@/lib/auth/draft-key";
import { openDraftVault, purgeEndedDrafts, type DraftVault } from "./draft-vault";

type DraftVaultState = { vault: DraftVault | null; isOpening: boolean };

// Outside a provider (sign-in, the first password change) there is no vault: nothing is kept.
const DraftVaultContext = createContext<DraftVaultState>({ vault: null, isOpening: false });

/** Opens the signed-in user's drafts for the pages below, after removing every ended or foreign draft. */
export function DraftVaultProvider({ draftKey, children }: { draftKey: DraftKey; children: ReactNode }) {
  const [state, setState] = useState<DraftVaultState>({ vault: null, isOpening: true });
  // A refresh renders the layout again: the same key must not open the vault anew.
  const keyText = JSON.stringify(draftKey);
  useEffect(() => {
    let isCurrent = true;
    purgeEndedDrafts();
    openDraftVault(JSON.parse(keyText))
      .catch(() => null)
      .then((vault) => isCurrent && setState({ vault, isOpening: false }));
    return () => {
      isCurrent = false;
    };
  }, [keyText]);
  return <DraftVaultContext value={state}>{children}</DraftVaultContext>;
}

export const useDraftVault = () => useContext(DraftVaultContext);

/** On pages without a signed-in user: drafts whose session has ended are removed all the same. */
export function EndedDraftsPurge() {
  useEffect(() => purgeEndedDrafts(), []);
  return null;
}
