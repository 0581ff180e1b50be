import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures";
import { newCase, tabTo, typeDateTime, typeInto } from "./case-keyboard";

// Issue 13: the case as it unfolds. The timeline part of each test is driven by the keyboard alone.
const BOURBON_ARGOS = "MSF-2016-0001";

/** What axe finds wrong in the timeline section (WCAG 2.1 A and AA rules). */
async function accessibilityProblems(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include(".timeline-section").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Chooses an option of the focused select with the arrow keys. */
async function choose(page: Page, select: Locator, label: string) {
  const [current, wanted] = await select.evaluate((element, text) => {
    const options = [...(element as HTMLSelectElement).options];
    return [(element as HTMLSelectElement).selectedIndex, options.findIndex((o) => o.label === text)];
  }, label);
  if (wanted < 0) throw new Error(`No option "${label}"`);
  for (let i = current; i !== wanted; i += wanted > current ? 1 : -1) await page.keyboard.press(wanted > current ? "ArrowDown" : "ArrowUp");
  await expect(select.locator("option:checked")).toHaveText(label);
}

type Entry = { type: string; time: string; extra?: (form: Locator) => Promise<void> };

/** Adds an event by keyboard: Tab to each field of the "Add an event" form, type, and press Enter on its button. */
async function addEvent(page: Page, { type, time, extra }: Entry) {
  const form = page.getByRole("form", { name: "Add an event" });
  const what = form.getByLabel("What happened");
  await tabTo(page, what);
  await choose(page, what, type);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Time")).toBeFocused();
  await typeDateTime(page, form.getByLabel("Time"), time);
  await extra?.(form);
  await tabTo(page, form.getByRole("button", { name: "Add event" }));
  await page.keyboard.press("Enter");
}

test.describe("the MSF field user", () => {
  test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

  test("records a case's timeline by keyboard alone and sees the stand-off in days", async ({ page }) => {
    // Five events, an edit and a removal, typed key by key.
    test.setTimeout(120_000);
    await newCase(page, "timeline by keyboard");
    const timeline = page.getByRole("region", { name: "Timeline", exact: true });
    const status = timeline.getByRole("status").filter({ hasText: "added to the timeline" });
    await expect(timeline.getByText("No events recorded yet.")).toBeVisible();

    await addEvent(page, { type: "Alert received", time: "25/10/2016 07:10", extra: async (form) => {
      await tabTo(page, form.getByLabel("Alert source"));
      await choose(page, form.getByLabel("Alert source"), "Hotline (e.g. Alarm Phone)");
      await tabTo(page, form.getByLabel("Alerted by"));
      await choose(page, form.getByLabel("Alerted by"), "An authority or other, named as text");
      await typeInto(page, form.getByLabel("Authority or other"), "Alarm Phone");
    } });
    await expect(status).toHaveText("Alert received: added to the timeline.");
    await addEvent(page, { type: "On scene", time: "25/10/2016 08:20", extra: (form) => typeInto(page, form.getByLabel("Position"), "33 15.0N 12 36.0E") });
    await expect(timeline.getByRole("definition").filter({ hasText: "1 h 10 min" })).toBeVisible();
    await addEvent(page, { type: "Persons taken aboard", time: "25/10/2016 09:35", extra: (form) => typeInto(page, form.getByLabel("People taken aboard"), "107") });
    await expect(status).toHaveText("Persons taken aboard: added to the timeline.");
    await addEvent(page, { type: "Place of safety requested", time: "25/10/2016 19:40" });
    await expect(timeline.getByText("Place of safety requested (1st request)")).toBeVisible();
    await expect(timeline.getByText("Without a place of safety")).toBeVisible();
    await addEvent(page, { type: "Disembarkation", time: "28/10/2016 10:40", extra: (form) => typeInto(page, form.getByLabel("Port"), "Augusta") });

    await expect(timeline.getByRole("term").filter({ hasText: "Rescue → disembarkation" })).toBeVisible();
    await expect(timeline.getByRole("definition").filter({ hasText: "3 days 1 hour" })).toBeVisible();
    await expect(timeline.getByRole("listitem")).toHaveCount(5);
    await expect(timeline.getByRole("listitem").first()).toContainText("25 Oct 2016, 07:10");
    await expect(timeline.getByRole("listitem").first()).toContainText("Alerted by: Alarm Phone");
    await expect(timeline.getByLabel("Phase", { exact: true }).locator("option:checked")).toHaveText("Follow the timeline (now: Disembarked)");

    // Edit the time on scene, then remove the request, confirming: by keyboard too.
    await tabTo(page, timeline.getByRole("button", { name: "Edit event 2 (On scene)" }));
    await page.keyboard.press("Enter");
    const edit = page.getByRole("form", { name: "Edit event 2 (On scene)" });
    await tabTo(page, edit.getByLabel("Time"));
    await typeDateTime(page, edit.getByLabel("Time"), "25/10/2016 08:25");
    await tabTo(page, edit.getByRole("button", { name: "Save event" }));
    await page.keyboard.press("Enter");
    await expect(timeline.getByRole("definition").filter({ hasText: "1 h 15 min" })).toBeVisible();
    await expect(timeline.getByRole("button", { name: "Edit event 2 (On scene)" })).toBeFocused();

    await tabTo(page, timeline.getByRole("button", { name: "Remove event 4 (Place of safety requested)" }));
    await page.keyboard.press("Enter");
    await expect(timeline.getByRole("button", { name: "Yes, remove" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(timeline.getByRole("listitem")).toHaveCount(4);
    await expect(timeline.getByText("Without a place of safety")).toHaveCount(0);

    const history = page.getByRole("region", { name: "Revisions of the figures and the timeline" });
    await expect(history.getByRole("listitem").filter({ hasText: "Timeline changed “On scene”" })).toContainText("time 25 Oct 2016, 08:20");
    await expect(history.getByRole("listitem").filter({ hasText: "Timeline removed “Place of safety requested”" })).toHaveCount(1);
  });

  test("a refused event shows the rule next to its field and keeps the input", async ({ page }) => {
    await newCase(page, "timeline rule refusal");
    const form = page.getByRole("form", { name: "Add an event" });
    await addEvent(page, { type: "Returned to the case", time: "25/10/2016 12:20", extra: (f) => typeInto(page, f.getByLabel("Note"), "Back at the dinghy") });
    await expect(form.getByRole("alert").first()).toHaveText("Nothing was saved: some fields need attention.");
    const what = form.getByLabel("What happened");
    await expect(what).toHaveAttribute("aria-invalid", "true");
    await expect(what).toHaveAccessibleDescription(/The return to the case \(2016-10-25 10:20 UTC\) has no “called away to another case” before it/);
    await expect(what).toBeFocused();
    await expect(form.getByLabel("Note")).toHaveValue("Back at the dinghy");
    await expect(form.getByLabel("Time")).toHaveValue("2016-10-25T12:20");
    await expect(page.getByRole("region", { name: "Timeline", exact: true }).getByText("No events recorded yet.")).toBeVisible();
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});

test.describe("the Sea-Watch field user, a partner on the Bourbon Argos case", () => {
  test.use({ storageState: storageStateFor("partnerField"), timezoneId: "Europe/Rome" });

  test("reads its timeline, phase, outcome and durations, and can change none of it", async ({ page }) => {
    await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
    await page.getByRole("link", { name: BOURBON_ARGOS, exact: true }).click();
    const timeline = page.getByRole("region", { name: "Timeline", exact: true });
    await expect(timeline.getByText("Place of safety requested (2nd request)")).toBeVisible();
    await expect(timeline.getByRole("listitem").filter({ hasText: "Called away to another case" }).getByRole("link", { name: "MSF-2016-0002" })).toHaveCount(0);
    await expect(timeline.getByRole("term").filter({ hasText: "Rescue → disembarkation" })).toBeVisible();
    await expect(timeline.getByRole("definition").filter({ hasText: "3 days 1 hour" })).toBeVisible();
    await expect(timeline).toContainText("PhaseClosed (follows the timeline)");
    await expect(timeline).toContainText("OutcomeRescued by this organization");
    await expect(page.getByRole("form", { name: "Add an event" })).toHaveCount(0);
    await expect(timeline.getByRole("button")).toHaveCount(0);
    await expect(timeline.getByRole("combobox")).toHaveCount(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
