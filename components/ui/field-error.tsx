export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message}
    </p>
  );
}
