import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { field, fillIncident, openEdit, selectedLabel, submitIncident, uniqueNarrative, type IncidentEntry } from "./incident-form-helpers";

test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

const BOURBON_ARGOS: Omit<IncidentEntry, "narrative"> = {
  occurredAt: "2016-10-25T08:30",
  position: "33°15.0'N 012°36.0'E",
  vessel: "Bourbon Argos",
  boatType: "Inflatable / rubber",
  boatConditions: ["Taking water"],
  personsOnBoard: "136",
  rescued: "107",
  dead: "29",
  missing: "0",
  causesOfDeath: ["Suffocation", "Fuel burns", "Drowning"],
  infants: "1",
  injuries: [
    { type: "Fuel / chemical burn", severity: "Minor", count: "12" },
    { type: "Fuel / chemical burn", severity: "Serious", count: "11" },
  ],
  evacuations: [
    { count: "2", means: "Helicopter", destination: "Lampedusa" },
    { count: "5", means: "Boat" },
  ],
  partners: [{ organization: "Sea-Watch", role: "Body recovery" }],
  coordinatingAuthority: "MRCC Rome",
};

test("records the whole Bourbon Argos case and reads it back", async ({ page }) => {
  await page.goto("/incidents/new");
  await expect(page.getByText("Times are in your time zone (Europe/Rome).")).toBeVisible();
  await expect(page.getByRole("group", { name: "Deaths" })).toHaveCount(0);
  const narrative = uniqueNarrative("107 rescued from a flooded dinghy, 29 bodies recovered with Sea-Watch");
  await fillIncident(page, { ...BOURBON_ARGOS, narrative });
  await expect(field(page, "Position")).toHaveAccessibleDescription("Reads as 33°15.000′N 012°36.000′E");

  const id = await submitIncident(page);
  const reference = await openEdit(page, id);
  expect(reference).toMatch(/^MSF-2016-\d{4}$/);
  await expect(field(page, "Occurred at")).toHaveValue("2016-10-25T08:30");
  await expect(field(page, "Position")).toHaveValue("33°15.0'N 012°36.0'E");
  await expect(selectedLabel(page, "Rescuing vessel")).toHaveText("Bourbon Argos");
  await expect(selectedLabel(page, "Boat type")).toHaveText("Inflatable / rubber");
  for (const [label, value] of [["Estimated persons on board", "136"], ["Persons rescued", "107"], ["Dead", "29"], ["Missing", "0"], ["Infants", "1"]]) {
    await expect(field(page, label)).toHaveValue(value);
  }
  await expect(page.getByRole("group", { name: "Causes of death" }).getByRole("checkbox", { checked: true })).toHaveCount(3);
  await expect(page.getByRole("group", { name: /^Injury \d$/ })).toHaveCount(2);
  await expect(page.getByRole("group", { name: /^Evacuation \d$/ })).toHaveCount(2);
  await expect(selectedLabel(page, "Partner organization")).toHaveText("Sea-Watch");
  await expect(field(page, "Coordinating authority")).toHaveValue("MRCC Rome");
  await expect(field(page, "Narrative")).toHaveValue(narrative);
});

test("records the second rescue of the day, after a failed attempt offline", async ({ page, context }) => {
  await page.goto("/incidents/new");
  const narrative = uniqueNarrative("139 rescued from a wooden boat while called away");
  await fillIncident(page, {
    occurredAt: "2016-10-25T10:15", position: "33°21.4'N 012°41.0'E", vessel: "Bourbon Argos", boatType: "Wooden",
    rescued: "139", dead: "0", missing: "0", narrative,
  });
  await context.setOffline(true);
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Could not save — your input is kept, try again.");
  await expect(field(page, "Persons rescued")).toHaveValue("139");
  await context.setOffline(false);

  const id = await submitIncident(page);
  await openEdit(page, id);
  await expect(selectedLabel(page, "Boat type")).toHaveText("Wooden");
  await expect(field(page, "Persons rescued")).toHaveValue("139");
});

test("shows each invalid entry next to its field and saves nothing", async ({ page }) => {
  await page.goto("/incidents/new");
  await field(page, "Occurred at").fill("2016-10-25T08:30");
  await field(page, "Position").fill("95N 12E");
  await expect(field(page, "Position")).toHaveAccessibleDescription(/Latitude must be between 90°S and 90°N/);
  await field(page, "Estimated persons on board").fill("136");
  await field(page, "Persons rescued").fill("200");
  await field(page, "Dead").fill("1.5");
  await field(page, "Narrative").fill(uniqueNarrative("invalid entry"));
  await page.getByRole("button", { name: "Submit", exact: true }).click();

  await expect(page.locator("form").getByRole("alert")).toHaveText("Nothing was saved: some fields need attention.");
  await expect(field(page, "Position")).toBeFocused();
  const expected = {
    Position: "Latitude must be between 90°S and 90°N.",
    "Estimated persons on board": "Rescued, dead and missing (200) are more than the estimated persons on board (136): correct one of them.",
    Dead: "Dead must be a whole number.",
  };
  for (const [label, message] of Object.entries(expected)) {
    await expect(field(page, label)).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, label)).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
  }
  await expect(field(page, "Persons rescued")).toHaveAttribute("aria-invalid", "false");
  await expect(page).toHaveURL(/\/incidents\/new$/);

  await field(page, "Dead").fill("2");
  await expect(field(page, "Dead")).toHaveAttribute("aria-invalid", "false");
});

test("keeps the input through a reload and asks before leaving", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.type());
    await (dialog.type() === "confirm" ? dialog.dismiss() : dialog.accept());
  });
  await page.goto("/incidents/new");
  const narrative = uniqueNarrative("half-typed report");
  await fillIncident(page, {
    occurredAt: "2016-10-25T10:15", position: "33°21.4'N 012°41.0'E", boatType: "Wooden", rescued: "139", narrative,
    injuries: [{ type: "Hypothermia", severity: "Minor", count: "3" }],
  });
  await page.getByRole("link", { name: "Incidents", exact: true }).click();
  expect(dialogs).toEqual(["confirm"]);
  await expect(page).toHaveURL(/\/incidents\/new$/);

  await page.reload();
  expect(dialogs).toContain("beforeunload");
  await expect(page.getByRole("status").filter({ hasText: "Restored your unsaved input from" })).toBeVisible();
  await expect(field(page, "Narrative")).toHaveValue(narrative);
  await expect(field(page, "Persons rescued")).toHaveValue("139");
  await expect(field(page, "Occurred at")).toHaveValue("2016-10-25T10:15");
  await expect(selectedLabel(page, "Boat type")).toHaveText("Wooden");
  await expect(page.getByRole("group", { name: "Injury 1" }).getByLabel("Number injured")).toHaveValue("3");

  await page.getByRole("button", { name: "Discard" }).click();
  await expect(field(page, "Narrative")).toHaveValue("");
  await expect(page.getByRole("group", { name: "Injury 1" })).toHaveCount(0);
  await page.reload();
  await expect(field(page, "Position")).toHaveValue("");
  await expect(page.getByText("Restored your unsaved input")).toHaveCount(0);
});

test("edits dead 11 → 29 with the reason for the change", async ({ page }) => {
  await page.goto("/incidents/new");
  await fillIncident(page, {
    ...BOURBON_ARGOS, dead: "11", causesOfDeath: ["Drowning"], injuries: [], evacuations: [], partners: [],
    narrative: uniqueNarrative("first count: 11 bodies on the dinghy floor"),
  });
  const id = await submitIncident(page);

  await openEdit(page, id);
  await expect(field(page, "Dead")).toHaveValue("11");
  await expect(field(page, "Reason for change")).toHaveCount(0);
  await field(page, "Dead").fill("29");
  await field(page, "Reason for change").fill("On closer examination");
  await expect(field(page, "Reason for change")).toHaveAccessibleDescription(/revision timeline/);
  await submitIncident(page, "Save");
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));

  await openEdit(page, id);
  await expect(field(page, "Dead")).toHaveValue("29");
  await expect(field(page, "Reason for change")).toHaveCount(0);
});

test("a conflicting edit keeps the input, and after a reload warns before saving it", async ({ page, browser }) => {
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/incidents/new");
  await fillIncident(page, { ...BOURBON_ARGOS, injuries: [], evacuations: [], partners: [], narrative: uniqueNarrative("conflict") });
  const id = await submitIncident(page);
  await openEdit(page, id);
  await field(page, "Disembarkation port").fill("Augusta");

  const coordinator = await browser.newContext({ storageState: storageStateFor("coordinator"), timezoneId: "Europe/Rome" });
  const other = await coordinator.newPage();
  await openEdit(other, id);
  await field(other, "Sea state").fill("Beaufort 4");
  await submitIncident(other, "Save");
  await coordinator.close();

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "saved this case meanwhile" })).toBeVisible();
  await expect(field(page, "Disembarkation port")).toHaveValue("Augusta");

  await page.reload();
  await expect(field(page, "Disembarkation port")).toHaveValue("Augusta");
  await expect(page.getByRole("alert").filter({ hasText: "Someone changed this case" })).toBeVisible();
  await submitIncident(page, "Save");
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
  await expect(page.getByRole("definition").filter({ hasText: "Augusta" })).toBeVisible();
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
