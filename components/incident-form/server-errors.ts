import type { UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/actions/result";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import type { FieldName } from "./field-state";
import { EMPTY_INCIDENT } from "./form-values";

const ROW_LISTS = new Set(["injuries", "evacuations", "partners"]);
const HIDDEN = new Set(["intent", "version"]);
// The server stores the position as coordinates; its complaints about them concern the Position box.
const ALIASES: Record<string, string> = { latitude: "position", longitude: "position" };

/**
 * Puts the server's field errors (dotted paths, e.g. `injuries.0.count`) onto the form's fields and
 * returns the messages that no visible field can show, for the alert at the top.
 */
export function applyServerErrors(setError: UseFormSetError<IncidentFormValues>, fieldErrors: FieldErrors = {}) {
  const unplaced: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const name = ALIASES[path] ?? path;
    const message = messages.join(" ");
    const top = name.split(".")[0];
    if (!(top in EMPTY_INCIDENT) || HIDDEN.has(top)) unplaced.push(message);
    else setError((ROW_LISTS.has(name) ? `${name}.root` : name) as FieldName, { type: "server", message });
  }
  return unplaced;
}
