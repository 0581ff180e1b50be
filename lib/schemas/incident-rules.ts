import type { z } from "zod";
import { messageKey } from "@/lib/i18n/message-key";
import { FIELD } from "./incident-labels";

// Rules between fields. They run even while other fields are invalid (so the form shows every problem
// at once), so they skip fields that already have an issue and read the others defensively.
const PEOPLE = ["rescued", "dead", "missing"] as const;
const VULNERABLE = ["children", "unaccompaniedMinors", "women", "pregnantWomen", "infants"] as const;
const SUBSETS = [
  ["pregnantWomen", "women"],
  ["unaccompaniedMinors", "children"],
  ["infants", "children"],
] as const;

// People on board by sex and age: children are every minor, girls and boys those of known sex.
const MINORS_BY_SEX = ["girls", "boys"] as const;

type Ctx = Pick<z.RefinementCtx, "addIssue" | "issues">;
type Values = Record<string, unknown>;

const wholeOrNull = (value: unknown) => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : null);
const list = (value: unknown): Values[] => (Array.isArray(value) ? value.map((row) => (row && typeof row === "object" ? row : {})) : []);
const sumOfCounts = (rows: Values[]) => rows.reduce((sum, row) => sum + (wholeOrNull(row.count) ?? 0), 0);

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
    issue(["personsOnBoard"], messageKey("validation.incident.peopleOverOnBoard", { sum: peopleSum, onBoard: personsOnBoard }));
  }

  const rescued = figure("rescued");
  if (rescued !== null) {
    const injured = sumOfCounts(list(values.injuries));
    if (injured > rescued) issue(["injuries"], messageKey("validation.incident.injuredOverRescued", { injured, rescued }));
    const evacuated = sumOfCounts(list(values.evacuations));
    if (evacuated > rescued) issue(["evacuations"], messageKey("validation.incident.evacuatedOverRescued", { evacuated, rescued }));
  }

  if (people.length === PEOPLE.length) {
    for (const field of VULNERABLE) {
      const value = figure(field);
      if (value !== null && value > peopleSum) issue([field], messageKey("validation.incident.groupOverPeople", { label: FIELD[field], count: value, sum: peopleSum }));
    }
  }
  for (const [part, whole] of SUBSETS) {
    const [partValue, wholeValue] = [figure(part), figure(whole)];
    if (partValue !== null && wholeValue !== null && partValue > wholeValue) {
      issue([part], messageKey("validation.incident.partOverWhole", { part, count: partValue, whole: wholeValue }));
    }
  }

  const hasIssue = (field: string) => ctx.issues.some((i) => i.path?.[0] === field);
  checkPeopleOnBoard(values, figure, issue, hasIssue);

  flagRepeats(list(values.injuries), (row) => row.type && row.severity && `${row.type}/${row.severity}`, (i) => issue(["injuries", i, "severity"], messageKey("validation.incident.injuryRepeated")));
  flagRepeats(list(values.partners), (row) => row.organizationId && row.role && `${row.organizationId}/${row.role}`, (i) => issue(["partners", i, "role"], messageKey("validation.incident.partnerRepeated")));
  flagRepeats(list(values.nationalities), (row) => row.country, (i) => issue(["nationalities", i, "country"], messageKey("validation.incident.countryRepeated")));
}

type Figure = (field: string) => number | null;
type Issue = (path: (string | number)[], message: string) => void;

/**
 * Parts of the people on board never exceed the estimated persons on board. Not rescued + dead + missing
 * when there is no estimate: IOM's records count girls among both the females and the children.
 */
function checkPeopleOnBoard(values: Values, figure: Figure, issue: Issue, hasIssue: (field: string) => boolean) {
  const personsOnBoard = figure("personsOnBoard");
  const whole = personsOnBoard === null ? null : { value: personsOnBoard };

  const children = figure("children");
  const bySex = MINORS_BY_SEX.filter((field) => figure(field) !== null);
  const bySexSum = bySex.reduce((sum, field) => sum + figure(field)!, 0);
  if (children !== null && bySex.length > 0 && bySexSum > children) {
    issue([bySex.at(-1)!], messageKey("validation.incident.minorsOverChildren", { sum: bySexSum, children }));
  }

  const minors = children !== null ? ["children"] : bySex;
  const groups = ["women", "men", ...minors, "sexAgeUnknown"].filter((field) => figure(field) !== null);
  const groupsSum = groups.reduce((sum, field) => sum + figure(field)!, 0);
  // One group alone above the whole already has its message (VULNERABLE above): one message is enough.
  if (whole && groups.length > 0 && groupsSum > whole.value && !groups.some(hasIssue)) {
    issue([groups.at(-1)!], messageKey("validation.incident.groupsOverOnBoard", { sum: groupsSum, onBoard: whole.value }));
  }

  const nationalities = sumOfCounts(list(values.nationalities));
  if (whole && nationalities > whole.value) {
    issue(["nationalities"], messageKey("validation.incident.nationalitiesOverOnBoard", { sum: nationalities, onBoard: whole.value }));
  }

  const [departedAt, occurredAt] = [values.departedAt, values.occurredAt];
  if (departedAt instanceof Date && occurredAt instanceof Date && departedAt > occurredAt) {
    issue(["departedAt"], messageKey("validation.incident.departedAfterOccurred"));
  }
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
