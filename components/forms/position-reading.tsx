"use client";

import { useMessageText } from "@/components/i18n/use-message-text";
import { parsePosition } from "@/lib/geo/parse-position";

/** What a position field's text reads as, or why it cannot be read, as the field's hint. */
export function PositionReading({ text, blank }: { text: unknown; blank: string }) {
  const messageText = useMessageText();
  if (typeof text !== "string" || !text.trim()) return <>{blank}</>;
  const parsed = parsePosition(text);
  return parsed.ok ? <>Reads as {parsed.normalized}</> : <>{messageText(parsed.error)}</>;
}
