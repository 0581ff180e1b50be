import { useMessageText } from "@/components/i18n/use-message-text";

/** A field's problem, as a message key (lib/i18n/message-key.ts) in the reader's language. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const text = useMessageText();
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message && text(message)}
    </p>
  );
}
