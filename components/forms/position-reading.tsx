"use client";

import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import { parsePosition } from "@/lib/geo/parse-position";
import { isolated } from "@/components/i18n/isolated";

/** What a position field's text reads as, or why it cannot be read, as the field's hint; blank: the formats it takes. */
export function PositionReading({ text }: { text: unknown }) {
  const t = useTranslations("incidentForm");
  const messageText = useMessageText();
  // Positions read left to right in every language: in an Arabic sentence they would be reordered.
  if (typeof text !== "string" || !text.trim()) return <>{t.rich("positionFormats", { position: (chunks) => <bdi dir="ltr">{chunks}</bdi> })}</>;
  const parsed = parsePosition(text);
  return parsed.ok ? <>{t.rich("positionReads", { position: parsed.normalized, bdi: isolated })}</> : <>{messageText(parsed.error)}</>;
}
