"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False in the server's HTML and while React takes it over, true once the page's scripts run. */
export const useIsHydrated = () => useSyncExternalStore(subscribe, () => true, () => false);
