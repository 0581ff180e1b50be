"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False in the server's render and until React has hydrated: forms keep their submit disabled until then. */
export function useHydrated() {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
