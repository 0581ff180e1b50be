import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";

/**
 * Puts a server result's field errors on the form's fields (a path named in aliases goes to the field it
 * names) and returns the messages of paths that are no field of the form, for its alert.
 */
export function placeFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string[]> | undefined, fields: ReadonlySet<string>, aliases: Record<string, string> = {}) {
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const name = aliases[path] ?? path;
    if (fields.has(name)) setError(name as FieldPath<T>, { type: "server", message: messages.join(" ") });
    else unplaced.push(...messages);
  }
  return unplaced;
}
