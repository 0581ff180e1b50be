import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newCase, tabTo, typeDateTime, typeInto } from "./case-keyboard";
import { storageStateFor } from "./fixtures";

// Issue 13, the track: points added by keyboard alone, listed, and drawn on the case's map.
const BOURBON_ARGOS = "MSF-2016-0001";

async function accessibilityProblems(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Adds a track point by keyboard: Tab to each field of the "Add a track point" form, type, and press Enter on its button. */
async function addPoint(page: Page, time: string, position: string) {
  const form = page.getByRole("form", { name: "Add a track point" });
  await tabTo(page, form.getByLabel("Time"));
  await typeDateTime(page, form.getByLabel("Time"), time);
  await typeInto(page, form.getByLabel("Position"), position);
  await tabTo(page, form.getByRole("button", { name: "Add track point" }));
  await page.keyboard.press("Enter");
}

/** The points of the map's track line, as drawn: "M x,y L x,y …". */
const lineVertices = async (page: Page) => {
  const d = await page.locator("figure.position-map path.map-track").getAttribute("d");
  return [...(d ?? "").matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
};

test.describe("the MSF field user", () => {
  test.use({ storageState: storageStateFor("field"), timezoneId: "Europe/Rome" });

  test("adds two track points by keyboard, sees them listed and drawn as the case's track", async ({ page }) => {
    test.setTimeout(90_000);
    await newCase(page, "track by keyboard");
    const section = page.getByRole("region", { name: "Track points" });
    await expect(section.getByText("No track points recorded yet.")).toBeVisible();
    await expect(page.locator("figure.position-map path.map-track")).toHaveCount(0);

    await addPoint(page, "25/10/2016 14:30", "33 15.9N 12 37.3E");
    await expect(section.getByRole("status")).toHaveText("Track point at 33 15.9N 12 37.3E: added.");
    await addPoint(page, "25/10/2016 12:30", "33.2567, 12.61");
    await expect(section.getByRole("status")).toHaveText("Track point at 33.2567, 12.61: added.");

    // Listed in time order, whatever order they were added in, with the text as entered.
    const points = section.getByRole("list", { name: "Track points, in time order" }).getByRole("listitem");
    await expect(points).toHaveCount(2);
    await expect(points.first()).toContainText("25 Oct 2016, 12:30");
    await expect(points.nth(1)).toContainText("As entered: 33 15.9N 12 37.3E");

    // Drawn: a line through both, the earlier first, with its list for screen readers beside the map.
    const map = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /a track of 2 positions/ }) });
    await expect(map.getByRole("list", { name: "Positions of the track, in time order" }).getByRole("listitem")).toHaveText([
      /12:30.*: Track point \(first indication\), 33°15\.40\d′N/, /14:30.*: Track point, 33°15\.900′N/,
    ]);
    await expect(map.getByRole("list", { name: "Legend" })).toContainText("First indication (the earliest position)");
    const [first, second] = await lineVertices(page);
    expect(second[0]).toBeGreaterThan(first[0]);
    expect(second[1]).toBeLessThan(first[1]);

    const history = page.getByRole("region", { name: "Revisions of the figures and the timeline" });
    await expect(history.getByRole("listitem").filter({ hasText: "Track added point of" })).toHaveCount(2);
    expect(await accessibilityProblems(page, "figure.position-map")).toEqual([]);
  });

  test("a position that cannot be read is refused next to its field, the input kept and nothing added", async ({ page }) => {
    await newCase(page, "track position refusal");
    const form = page.getByRole("form", { name: "Add a track point" });
    await addPoint(page, "25/10/2016 12:30", "north of Lampedusa");
    await expect(form.getByRole("alert").first()).toHaveText("Nothing was saved: some fields need attention.");
    const position = form.getByLabel("Position");
    await expect(position).toHaveAttribute("aria-invalid", "true");
    await expect(position).toBeFocused();
    await expect(position).toHaveValue("north of Lampedusa");
    await expect(form.getByLabel("Time")).toHaveValue("2016-10-25T12:30");
    await expect(page.getByRole("region", { name: "Track points" }).getByText("No track points recorded yet.")).toBeVisible();
    expect(await accessibilityProblems(page, "#track-heading ~ *")).toEqual([]);
  });
});

test.describe("the Sea-Watch field user, a partner on the Bourbon Argos case", () => {
  test.use({ storageState: storageStateFor("partnerField"), timezoneId: "Europe/Rome" });

  test("reads the reconstructed track and can change none of it", async ({ page }) => {
    await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
    await page.getByRole("link", { name: BOURBON_ARGOS, exact: true }).click();
    const section = page.getByRole("region", { name: "Track points" });
    await expect(section.getByRole("listitem")).toHaveCount(3);
    await expect(section.getByRole("listitem").first()).toContainText("Reconstruction:");
    await expect(section.getByRole("button")).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Add a track point" })).toHaveCount(0);
    const map = page.getByRole("figure").filter({ has: page.getByRole("img", { name: /^Map of the position .*a track of \d+ positions/ }) });
    await expect(map.getByRole("list", { name: "Positions of the track, in time order" }).getByRole("listitem").first()).toContainText("Alert received (first indication)");
    await expect(map.getByRole("list", { name: "Legend" })).toContainText("Rescue position");
  });
});
