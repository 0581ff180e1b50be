"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function formatDateTime(date: Date, timeZone?: string) {
  return new Intl.DateTimeFormat("en-GB", {
    year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short",
  }).format(date);
}

/** A timestamp in the reader's time zone; the server's render (before hydration) shows it in UTC. */
export function LocalTime({ value }: { value: Date | string }) {
  const date = new Date(value);
  const text = useSyncExternalStore(subscribe, () => formatDateTime(date), () => formatDateTime(date, "UTC"));
  return <time dateTime={date.toISOString()}>{text}</time>;
}
