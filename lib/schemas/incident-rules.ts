import type { z } from "zod";
import { INCIDENT_FIELD_LABELS as LABELS } from "./incident-vocabulary";

// Rules between fields. They run even while other fields are invalid (so the form shows every problem
// at once), so they skip fields that already have an issue and read the others defensively.
const PEOPLE = ["rescued", "dead", "missing"] as const;
const VULNERABLE = ["children", "unaccompaniedMinors", "women", "pregnantWomen", "infants"] as const;
const SUBSETS = [
  ["pregnantWomen", "women"],
  ["unaccompaniedMinors", "children"],
  ["infants", "children"],
] as const;

type Ctx = Pick<z.RefinementCtx, "addIssue" | "issues">;
type Values = Record<string, unknown>;

const wholeOrNull = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null);
const list = (value: unknown): Values[] => (Array.isArray(value) ? value.map((row) => (row && typeof row === "object" ? row : {})) : []);
const sumOfCounts = (rows: Values[]) => rows.reduce((sum, row) => sum + (wholeOrNull(row.count) ?? 0), 0);
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
const n = (value: number) => value.toLocaleString("en");

/** Adds an issue, on the field to correct, for every broken rule between the incident's fields. */
export function checkIncidentRules(input: unknown, ctx: Ctx) {
  if (!input || typeof input !== "object") return;
  const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
  const values = Object.fromEntries(Object.entries(input).filter(([field]) => !failed.has(field)));
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message, input: values[path[0]] });
  const figure = (field: string) => wholeOrNull(values[field]);

  const people = PEOPLE.filter((field) => figure(field) !== null);
  const peopleSum = people.reduce((sum, field) => sum + figure(field)!, 0);
  const personsOnBoard = figure("personsOnBoard");
  if (personsOnBoard !== null && people.length > 0 && peopleSum > personsOnBoard) {
    const names = people.map((field, i) => (i === 0 ? field[0].toUpperCase() + field.slice(1) : field)).join(" + ");
    issue(["personsOnBoard"], `${names} (${n(peopleSum)}) is more than the ${lower(LABELS.personsOnBoard)} (${n(personsOnBoard)}): correct one of them.`);
  }

  const rescued = figure("rescued");
  if (rescued !== null) {
    const injured = sumOfCounts(list(values.injuries));
    if (injured > rescued) issue(["injuries"], `Injured people (${n(injured)}) are more than persons rescued (${n(rescued)}): correct the injury counts or the number rescued.`);
    const evacuated = sumOfCounts(list(values.evacuations));
    if (evacuated > rescued) issue(["evacuations"], `Evacuated people (${n(evacuated)}) are more than persons rescued (${n(rescued)}): correct the evacuation counts or the number rescued.`);
  }

  if (people.length === PEOPLE.length) {
    for (const field of VULNERABLE) {
      const value = figure(field);
      if (value !== null && value > peopleSum) issue([field], `${LABELS[field]} (${n(value)}) are more than rescued + dead + missing (${n(peopleSum)}): correct one of them.`);
    }
  }
  for (const [part, whole] of SUBSETS) {
    const [partValue, wholeValue] = [figure(part), figure(whole)];
    if (partValue !== null && wholeValue !== null && partValue > wholeValue) {
      issue([part], `${LABELS[part]} (${n(partValue)}) are more than ${lower(LABELS[whole])} (${n(wholeValue)}): correct one of them.`);
    }
  }

  flagRepeats(list(values.injuries), (row) => row.type && row.severity && `${row.type}/${row.severity}`, (i) => issue(["injuries", i, "severity"], "This type and severity are already listed: add the counts into one row."));
  flagRepeats(list(values.partners), (row) => row.organizationId && row.role && `${row.organizationId}/${row.role}`, (i) => issue(["partners", i, "role"], "This organization is already listed with this role: remove the repeated row."));
}

function flagRepeats(rows: Values[], key: (row: Values) => unknown, flag: (index: number) => void) {
  const seen = new Set<unknown>();
  rows.forEach((row, index) => {
    const k = key(row);
    if (!k) return;
    if (seen.has(k)) flag(index);
    seen.add(k);
  });
}
