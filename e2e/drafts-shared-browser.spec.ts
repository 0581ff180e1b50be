import { expect, test, type Page } from "@playwright/test";
import { draftKeys, storedText } from "./browser-storage";
import { signInAndWait, SIGN_INS } from "./fixtures";
import { field, uniqueNarrative } from "./incident-form-helpers";
import { newContext } from "./user-factory";

// One laptop on a ship, one browser, several people: what one of them typed and did not save is theirs
// alone, and is gone at sign-out unless they keep it for themselves.

const A = SIGN_INS.field; // MSF
const B = SIGN_INS.partnerField; // Sea-Watch
const PERSONS_RESCUED = "4711";

/** The new-incident form once its scripts run and any saved input has been restored. */
async function openNewIncident(page: Page) {
  await page.goto("/incidents/new");
  await expect(page.getByRole("button", { name: "Submit", exact: true })).toBeEnabled();
}

async function typeUnsavedCase(page: Page) {
  const narrative = uniqueNarrative("A's unsaved case");
  await openNewIncident(page);
  await field(page, "Position").fill("33°15.0'N 012°36.0'E");
  await field(page, "Persons rescued").fill(PERSONS_RESCUED);
  await field(page, "Narrative").fill(narrative);
  await expect.poll(() => draftKeys(page)).toHaveLength(1);
  return narrative;
}

async function signOutChoosing(page: Page, choice: "Keep it for me" | "Discard it") {
  await page.getByRole("button", { name: "Sign out" }).click();
  const dialog = page.getByRole("dialog", { name: "Unsaved input" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: choice }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** B signs in on the same browser and finds nothing of A's; then A signs in again and opens a new incident. */
async function handToBAndBack(page: Page, narrative: string) {
  await signInAndWait(page, B);
  await expectNothingOfAFor(page, narrative);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInAndWait(page, A);
  await openNewIncident(page);
}

async function expectNothingOfAFor(page: Page, narrative: string) {
  await openNewIncident(page);
  await expect(field(page, "Narrative")).toHaveValue("");
  await expect(field(page, "Persons rescued")).toHaveValue("");
  await expect(page.getByText("Restored your unsaved input")).toHaveCount(0);
  const stored = await storedText(page);
  expect(stored).not.toContain(narrative);
  expect(stored).not.toContain(PERSONS_RESCUED);
  expect(stored).not.toContain("33°15.0");
  expect(stored).not.toContain(A);
}


test("kept at sign-out: the next user neither sees nor can read it; its owner gets it back", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signInAndWait(page, A);
  const narrative = await typeUnsavedCase(page);
  await signOutChoosing(page, "Keep it for me");
  expect(await draftKeys(page)).toHaveLength(1);
  expect(await storedText(page)).not.toContain(narrative);

  await handToBAndBack(page, narrative);
  await expect(page.getByRole("status").filter({ hasText: "Restored your unsaved input from" })).toBeVisible();
  await expect(field(page, "Narrative")).toHaveValue(narrative);
  await expect(field(page, "Persons rescued")).toHaveValue(PERSONS_RESCUED);
});

test("discarded at sign-out: gone from the browser, for the next user and for its owner", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await signInAndWait(page, A);
  const narrative = await typeUnsavedCase(page);
  await signOutChoosing(page, "Discard it");
  expect(await draftKeys(page)).toEqual([]);

  await handToBAndBack(page, narrative);
  await expect(field(page, "Narrative")).toHaveValue("");
  await expect(page.getByText("Restored your unsaved input")).toHaveCount(0);
});

test("when the session has ended, the sign-in page removes its drafts and any left in clear", async ({ browser, baseURL }) => {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await page.clock.install();
  await signInAndWait(page, A);
  const narrative = await typeUnsavedCase(page);
  // A draft in clear, as an older version of the app left them.
  await page.evaluate(() => localStorage.setItem("rescue-ledger:draft:new", JSON.stringify({ savedAt: new Date().toISOString(), values: { narrative: "left in clear" } })));

  await context.clearCookies(); // the session ended without a sign-out: it expired, or the tab was closed for a day
  await page.clock.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
  await page.goto("/sign-in");
  await expect.poll(() => draftKeys(page)).toEqual([]);
  expect(await storedText(page)).not.toContain(narrative);
});
