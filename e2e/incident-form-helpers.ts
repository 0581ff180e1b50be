import { expect, type Page } from "@playwright/test";

// Fills the incident form the way a user does: by the visible labels, one section at a time.
export type IncidentEntry = {
  /** A `datetime-local` value in the browser's zone, e.g. "2016-10-25T08:30". */
  occurredAt: string;
  position: string;
  vessel?: string;
  boatType?: string;
  boatConditions?: string[];
  personsOnBoard?: string;
  rescued?: string;
  dead?: string;
  missing?: string;
  causesOfDeath?: string[];
  infants?: string;
  injuries?: { type: string; severity: string; count: string }[];
  evacuations?: { count: string; means: string; destination?: string }[];
  partners?: { organization: string; role: string }[];
  coordinatingAuthority?: string;
  narrative: string;
};

export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const group = (page: Page, name: string) => page.getByRole("group", { name, exact: true });

/** A narrative no other test run writes, to tell this run's incident apart. */
export const uniqueNarrative = (what: string) => `${what} — e2e ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function fillIfGiven(page: Page, label: string, value: string | undefined) {
  if (value !== undefined) await field(page, label).fill(value);
}

async function checkAll(page: Page, groupName: string, labels: string[] = []) {
  for (const label of labels) await group(page, groupName).getByLabel(label, { exact: true }).check();
}

export async function fillIncident(page: Page, entry: IncidentEntry) {
  await field(page, "Occurred at").fill(entry.occurredAt);
  await field(page, "Position").fill(entry.position);
  if (entry.vessel) await field(page, "Rescuing vessel").selectOption({ label: entry.vessel });
  if (entry.boatType) await field(page, "Boat type").selectOption({ label: entry.boatType });
  await checkAll(page, "Boat condition", entry.boatConditions);
  await fillIfGiven(page, "Estimated persons on board", entry.personsOnBoard);
  await fillIfGiven(page, "Persons rescued", entry.rescued);
  await fillIfGiven(page, "Dead", entry.dead);
  await fillIfGiven(page, "Missing", entry.missing);
  await fillIfGiven(page, "Infants", entry.infants);
  await checkAll(page, "Causes of death", entry.causesOfDeath);

  for (const [index, injury] of (entry.injuries ?? []).entries()) {
    await page.getByRole("button", { name: "Add injury" }).click();
    const row = group(page, `Injury ${index + 1}`);
    await row.getByLabel("Injury type").selectOption({ label: injury.type });
    await row.getByLabel("Severity").selectOption({ label: injury.severity });
    await row.getByLabel("Number injured").fill(injury.count);
  }
  for (const [index, evacuation] of (entry.evacuations ?? []).entries()) {
    await page.getByRole("button", { name: "Add evacuation" }).click();
    const row = group(page, `Evacuation ${index + 1}`);
    await row.getByLabel("Number evacuated").fill(evacuation.count);
    await row.getByLabel("Means").selectOption({ label: evacuation.means });
    if (evacuation.destination) await row.getByLabel("Destination").fill(evacuation.destination);
  }
  for (const [index, partner] of (entry.partners ?? []).entries()) {
    await page.getByRole("button", { name: "Add partner" }).click();
    const row = group(page, `Partner ${index + 1}`);
    await row.getByLabel("Partner organization").selectOption({ label: partner.organization });
    await row.getByLabel("Partner role").selectOption({ label: partner.role });
  }
  await fillIfGiven(page, "Coordinating authority", entry.coordinatingAuthority);
  await field(page, "Narrative").fill(entry.narrative);
}

const INCIDENT_URL = /\/incidents\/([0-9a-f-]{36})$/;

/** Submits, waits for the incident's URL and returns its id; checks its heading once the incident page exists. */
export async function submitIncident(page: Page, button: "Submit" | "Save draft" | "Save" = "Submit") {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).toHaveURL(INCIDENT_URL);
  const id = page.url().match(INCIDENT_URL)![1];
  const response = await page.request.get(`/incidents/${id}`);
  if (response.status() !== 404) await expect(page.getByRole("heading", { name: /MSF-\d{4}-\d{4}/ }).first()).toBeVisible();
  return id;
}

/** Opens the edit page and returns the reference shown in its heading. */
export async function openEdit(page: Page, id: string) {
  await page.goto(`/incidents/${id}/edit`);
  const heading = page.getByRole("heading", { level: 1, name: /^Edit MSF-\d{4}-\d{4}$/ });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace("Edit ", "");
}

export const selectedLabel = (page: Page, label: string) => field(page, label).locator("option:checked");
