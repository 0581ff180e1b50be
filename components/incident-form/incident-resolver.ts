import type { Resolver } from "react-hook-form";
import type { IncidentFormValues, IncidentInput } from "@/lib/schemas/incident";

// The inputs hold `datetime-local` values in the browser's zone; the schema (and the server) take
// instants with their UTC offset. Only the browser knows its zone, so the conversion happens here.
const pad = (n: number) => String(n).padStart(2, "0");

/** A `datetime-local` value ("2016-10-25T08:30", the browser's zone) as ISO with its UTC offset. */
export function localInputToIso(value: unknown) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${localInputOf(date)}:${pad(date.getSeconds())}${zone}`;
}

/** The `datetime-local` value of an instant in the browser's zone. */
export function localInputOf(date: Date) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Turns stored ISO instants (from the server) into `datetime-local` values of this browser. */
export function withLocalInputs(values: IncidentFormValues): IncidentFormValues {
  const local = (value: unknown) => (typeof value === "string" && value.includes("T") && !Number.isNaN(Date.parse(value)) ? localInputOf(new Date(value)) : value);
  return {
    ...values,
    occurredAt: local(values.occurredAt) as string,
    departedAt: local(values.departedAt) as string,
    evacuations: values.evacuations?.map((row) => ({ ...row, evacuatedAt: local(row.evacuatedAt) as string })),
  };
}

// zod and the schema are most of the form's JavaScript: they load right after the page (see
// preloadSchema), not before it, so the form shows and takes typing sooner on a slow link.
let loading: Promise<(typeof import("./schema-resolver"))["schemaResolver"]> | undefined;

export function preloadSchema() {
  loading ??= import("./schema-resolver").then(
    (module) => module.schemaResolver,
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The schema, fed the inputs' local times as instants with their offset (what the server expects). */
export const incidentResolver: Resolver<IncidentFormValues, unknown, IncidentInput> = async (values, context, options) => {
  const input = {
    ...values,
    occurredAt: localInputToIso(values.occurredAt) as string,
    departedAt: localInputToIso(values.departedAt) as string,
    evacuations: values.evacuations?.map((row) => ({ ...row, evacuatedAt: localInputToIso(row.evacuatedAt) as string })),
  };
  const schemaResolver = await preloadSchema().catch(() => null);
  // The validation code could not load (a dropped link): the server checks the same schema on save.
  if (!schemaResolver) return { values: input as unknown as IncidentInput, errors: {} };
  return schemaResolver(input, context, options);
};
