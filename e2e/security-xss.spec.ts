import { expect, type Page } from "@playwright/test";
import { expectNothingInjected, hostileShort, test } from "./hostile-world";

// Text users write is shown back as text on every screen: the hostile organization's admin visits each
// page; no injected script runs (no dialog), no injected element or handler exists, the text reads literally.
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function expectLiteral(page: Page, ...texts: string[]) {
  for (const text of texts) await expect(page.getByText(text).filter({ visible: true }).first()).toBeVisible();
  await expectNothingInjected(page);
}

test("the incident list, incident page, revision timeline and audit page", async ({ page, world }) => {
  const { text } = world;
  await page.goto("/incidents");
  await expectLiteral(page, text("reference"), text("vessel"), text("user"));

  await page.getByRole("link", { name: text("reference") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(text("reference"));
  await expectLiteral(page, text("narrative"), text("position"), text("source"), text("authority"), text("port"), text("sea"), text("destination"), text("partner"));
  const revisions = page.getByRole("region", { name: "Revisions of the figures" });
  await expect(revisions.getByRole("listitem").filter({ hasText: "11 → 29" })).toContainText(`${text("reason")} — ${text("user")}`);

  await page.goto(`/audit?actor=${encodeURIComponent(world.email)}`);
  await expectLiteral(page, text("reason"), text("before"), text("after"), text("created"), text("user"));
});

test("the incident form, filled with what was stored", async ({ page, world }) => {
  await page.goto(`/incidents/${world.incident.id}/edit`);
  for (const [label, field] of [["Narrative", "narrative"], ["Source", "source"], ["Position", "position"], ["Coordinating authority", "authority"], ["Sea state", "sea"]]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(world.text(field));
  }
  await expect(page.getByLabel("Rescuing vessel").locator("option:checked")).toHaveText(world.text("vessel"));
  await expectNothingInjected(page);
});

test("the dashboard's map tooltips and breakdown tables", async ({ page, world }) => {
  const { text } = world;
  await page.goto("/dashboard");
  const point = page.getByRole("figure").getByRole("link", { name: text("reference") });
  const tooltip = new RegExp(`^${escapeRegExp(text("reference"))}, 25 Oct 2016.*: 107 rescued, 29 dead, 0 missing$`);
  await expect(point.locator("title")).toHaveText(tooltip);
  const breakdowns = page.getByRole("region", { name: "Breakdowns" });
  for (const field of ["vessel", "organization", "partner"]) await expect(breakdowns.getByRole("rowheader", { name: text(field) })).toBeVisible();
  await expectLiteral(page, text("vessel"));
});

test("the admin pages and a reflected search", async ({ page, world }) => {
  const { text } = world;
  await page.goto("/admin/users");
  await page.getByRole("link", { name: text("user") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("user"));
  await expectNothingInjected(page);

  await page.goto("/admin/vessels");
  await page.getByRole("link", { name: text("vessel") }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(text("vessel"));
  await expectNothingInjected(page);

  await page.goto("/admin/organizations");
  await page.getByRole("link", { name: text("organization") }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(text("organization"));
  await expectNothingInjected(page);

  // The incident filter keeps at most 40 characters.
  const [actor, incident] = [hostileShort("xss-actor"), `"><svg onload=alert('xss-incident')>`];
  await page.goto(`/audit?actor=${encodeURIComponent(actor)}&incident=${encodeURIComponent(incident)}`);
  await expect(page.getByLabel("Actor")).toHaveValue(actor);
  await expect(page.getByLabel("Incident reference")).toHaveValue(incident);
  await expectNothingInjected(page);
});
