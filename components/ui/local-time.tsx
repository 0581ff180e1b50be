"use client";

import { type createFormatter, useFormatter } from "next-intl";
import { useSyncExternalStore } from "react";
import { useFollowsBrowserZone } from "@/components/i18n/intl-client-provider";
import { FORMATS } from "@/lib/i18n/formats";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A timestamp in the reader's language, in the given zone or else the configured one (the user's, or UTC). */
export function formatDateTime(format: ReturnType<typeof createFormatter>, date: Date, timeZone?: string) {
  return timeZone ? format.dateTime(date, { ...FORMATS.dateTime.dateTime, timeZone }) : format.dateTime(date, "dateTime");
}

/**
 * A timestamp in the reader's time zone: the one they chose, else their browser's. Without a choice the
 * server cannot know that zone, so its render (before hydration) shows UTC.
 */
export function LocalTime({ value }: { value: Date | string }) {
  const format = useFormatter();
  const followsBrowser = useFollowsBrowserZone();
  const date = new Date(value);
  const text = useSyncExternalStore(subscribe, () => formatDateTime(format, date, followsBrowser ? browserZone() : undefined), () => formatDateTime(format, date));
  return <time dateTime={date.toISOString()}>{text}</time>;
}
