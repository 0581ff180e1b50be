import "server-only";
import type { z } from "zod";
import { canOnIncident } from "@/lib/auth/permissions";
import { IOM_LAYOUTS, isIomLayout } from "@/lib/csv/iom-layouts";
import { ledgerColumnOf } from "@/lib/csv/ledger-row";
import type { MappedRow } from "@/lib/csv/row-context";
import { keyColumn } from "@/lib/csv/row-keys";
import { changedFields } from "@/lib/data/audit";
import { rescuedBelowTakenAboard } from "@/lib/data/timeline/check-rescued";
import { auditState, storedAuditState } from "@/lib/data/incidents/incident-record";
import type { SessionUser } from "@/lib/data/users";
import { createIncidentSchema, type CreateIncidentInput } from "@/lib/schemas/incident";
import { findExisting } from "./find-existing";
import type { Upload } from "./read-upload";
import { type NewNames, resolveNames } from "./resolve-names";
import { statusProblem } from "./status-step";
import { presentFields, storedInput, type StoredIncident } from "./stored-input";
import { messageKey } from "@/lib/i18n/message-key";

export type PlannedRow =
  | { action: "invalid"; mapped: MappedRow }
  | { action: "create"; mapped: MappedRow; input: CreateIncidentInput }
  | { action: "unchanged"; mapped: MappedRow; existing: StoredIncident }
  | { action: "update"; mapped: MappedRow; input: CreateIncidentInput; existing: StoredIncident; changes: Record<string, { from: unknown; to: unknown }> };

export type Plan = { rows: PlannedRow[]; created: NewNames; names: Names };
type Names = { vessels: Map<string, string>; organizations: Map<string, string> };

const externalKey = (row: MappedRow) => (row.externalId ? `${row.sourceDataset}#${row.externalId}` : null);
/** The keys a row is matched by; two rows with one of them in common are the same record. */
const keysOf = (row: MappedRow) => [externalKey(row), row.reference ? `#${row.reference}` : null].filter((key): key is string => key !== null);
const hasError = (row: MappedRow) => row.problems.some((p) => p.severity === "error");
const error = (row: MappedRow, column: string, message: string, value = "") => row.problems.push({ row: row.row, column, value, message, severity: "error" });

/** What committing the upload would do, row by row, with every problem found; writes nothing. */
export async function planImport(user: SessionUser, upload: Upload, { createUnknown }: { createUnknown: boolean }): Promise<Plan> {
  const { created, inactiveVessels } = upload.layout === "ledger"
    ? await resolveNames(user, upload.rows, { createUnknown })
    : { created: { vessels: new Map(), organizations: new Map() }, inactiveVessels: new Set<string>() };
  const { existing, names } = await findExisting(user, upload.rows);
  for (const vessel of created.vessels.values()) names.vessels.set(vessel.id, vessel.name);
  for (const organization of created.organizations.values()) names.organizations.set(organization.id, organization.name);
  const fields = presentFields(upload.layout, upload.columns);
  const { layout } = upload;
  const columnOf = (field: string) => (isIomLayout(layout) ? (IOM_LAYOUTS[layout].fields[field] ?? field) : ledgerColumnOf(field));
  const firstRowOf = new Map<string, number>();
  const referenceColumn = keyColumn(layout, "reference");
  const keyOf = (row: MappedRow) => (row.externalId ? { column: keyColumn(layout, "external_id"), value: row.externalId } : { column: referenceColumn, value: row.reference ?? "" });

  const rows = upload.rows.map((row): PlannedRow => {
    const keys = keysOf(row);
    const earlier = keys.map((key) => firstRowOf.get(key)).find((first) => first !== undefined);
    if (earlier) error(row, keyOf(row).column, messageKey("validation.import.sameRecord", { row: earlier }), keyOf(row).value);
    else for (const key of keys) firstRowOf.set(key, row.row);
    const byReference = row.reference ? existing.get(`#${row.reference}`) : undefined;
    if (row.reference && !byReference && !row.reference.startsWith(`${user.organizationShortName}-`)) {
      error(row, referenceColumn, FOREIGN_REFERENCE(user), row.reference);
      return { action: "invalid", mapped: row };
    }
    const external = externalKey(row);
    const stored = byReference ?? (external ? existing.get(external) : undefined);
    if (upload.layout === "nationalities" && !stored) {
      if (row.reference) error(row, "reference", messageKey("validation.import.nationalitiesNoIncident", { reference: row.reference, shortName: user.organizationShortName }), row.reference);
      return { action: "invalid", mapped: row };
    }
    if (stored) checkStored(user, row, stored, keyOf(row));
    // As the form: a vessel out of service stays on the incidents that had it, and is given to no other.
    const vesselId = row.values.vesselId as string | null | undefined;
    if (vesselId && inactiveVessels.has(vesselId) && vesselId !== stored?.vesselId) error(row, "vessel", messageKey("validation.import.vesselOutOfService"), row.vesselName ?? "");
    const refusal = !stored || upload.columns.has("status") ? statusProblem(user, row.status, stored ?? null) : null;
    if (refusal && !row.problems.some((p) => p.column === "status")) error(row, "status", refusal, row.status);
    const present = Object.fromEntries(Object.entries(row.values).filter(([field]) => fields.has(field)));
    if (stored && isIomLayout(layout) && Array.isArray(present.nationalities)) present.nationalities = keepKnownCounts(present.nationalities, stored.nationalities);
    const parsed = createIncidentSchema.safeParse({ ...(stored ? storedInput(stored) : {}), ...present, intent: "draft" });
    if (!parsed.success) addIssues(row, parsed.error, columnOf, fields);
    if (hasError(row) || !parsed.success) return { action: "invalid", mapped: row };
    if (!stored) return { action: "create", mapped: row, input: parsed.data };
    const belowTimeline = rescuedBelowTakenAboard(parsed.data.rescued, stored.timelineEvents.reduce((sum, event) => sum + (event.count ?? 0), 0));
    if (belowTimeline) {
      error(row, columnOf("rescued"), belowTimeline, String(parsed.data.rescued));
      return { action: "invalid", mapped: row };
    }
    const changes = changedFields(storedAuditState(stored), stateOf(parsed.data, names));
    if (upload.columns.has("status") && row.status !== stored.status) changes.status = { from: stored.status, to: row.status };
    return Object.keys(changes).length ? { action: "update", mapped: row, input: parsed.data, existing: stored, changes } : { action: "unchanged", mapped: row, existing: stored };
  });
  return { rows, created, names };
}

export function stateOf(input: CreateIncidentInput, names: Names) {
  return auditState({ ...input, positionText: input.position }, { vessel: input.vesselId ? (names.vessels.get(input.vesselId) ?? null) : null, organizations: names.organizations });
}

// A reference that is not one of the organization's incidents and does not start with its short name
// (its own incidents may keep an older prefix) is refused alike whether another organization's incident
// has it or nobody's does, external id or not: the report must not disclose which references exist.
const FOREIGN_REFERENCE = (user: SessionUser) => messageKey("validation.import.foreignReference", { shortName: user.organizationShortName });

/** A country the file names without a count keeps the count stored for it (IOM never gives one). */
function keepKnownCounts(rows: { country: string; count: unknown }[], stored: StoredIncident["nationalities"]) {
  return rows.map((row) => (row.count === null ? { ...row, count: stored.find((s) => s.country === row.country)?.count ?? null } : row));
}

function checkStored(user: SessionUser, row: MappedRow, stored: StoredIncident, { column, value }: { column: string; value: string }) {
  if (stored.deletedAt) return error(row, column, messageKey("validation.import.deleted", { reference: stored.reference }), value);
  if (!canOnIncident(user, "edit", "own", stored.status)) error(row, column, messageKey("validation.import.archived", { reference: stored.reference }), value);
}

/** The schema's issues on the columns they concern, unless the column already has an error. */
function addIssues(row: MappedRow, issues: z.ZodError, columnOf: (field: string) => string, fields: Set<string>) {
  const failed = new Set(row.problems.filter((p) => p.severity === "error").map((p) => p.column));
  for (const issue of issues.issues) {
    const field = String(issue.path[0] ?? "");
    const column = fields.has(field) ? columnOf(field) : field ? `${columnOf(field)} (stored)` : "";
    if (failed.has(column)) continue;
    failed.add(column);
    row.problems.push({ row: row.row, column, value: typeof issue.input === "string" || typeof issue.input === "number" ? String(issue.input) : "", message: issue.message, severity: "error" });
  }
}
