import { expect, type Locator, type Page } from "@playwright/test";
import { field, submitIncident, uniqueNarrative } from "./incident-form-helpers";

// A fresh draft case and the keys that fill in its timeline and track, for specs driven by the keyboard alone.

/** A draft case of 25 October 2016 at the Bourbon Argos rescue's position, its narrative naming the test. */
export async function newCase(page: Page, what: string) {
  await page.goto("/incidents/new");
  await field(page, "Occurred at").fill("2016-10-25T08:30");
  await field(page, "Position").fill("33°15.0'N 012°36.0'E");
  await field(page, "Persons rescued").fill("107");
  await field(page, "Narrative").fill(uniqueNarrative(what));
  await submitIncident(page, "Save draft");
}

/** Where the element is from the focus: focused, or ahead of it or behind it in page order. */
const whereFromFocus = (locator: Locator) => locator.evaluate((element) => {
  const active = document.activeElement;
  if (active === element) return "focused";
  return active && active !== document.body && element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? "behind" : "ahead";
});

/** Presses Tab (or Shift+Tab, to go back) until the element has the focus: it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; ; presses++) {
    const where = await whereFromFocus(target);
    if (where === "focused") return;
    if (presses > 150) throw new Error("Not reachable with Tab");
    await page.keyboard.press(where === "ahead" ? "Tab" : "Shift+Tab");
  }
}

/**
 * Types "25/10/2016 07:10" into the focused date-and-time input. Chromium draws it in its own language
 * (en-US here, whatever the page's locale): month, day, year, then 12-hour time and AM/PM. Day and month
 * move on once typed; the year takes up to six digits, so the arrow key moves on to the hours.
 */
export async function typeDateTime(page: Page, input: Locator, time: string) {
  const [, day, month, year, hours, minutes] = time.match(/^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d)$/)!;
  const hour12 = String(((Number(hours) + 11) % 12) + 1).padStart(2, "0");
  await page.keyboard.type(`${month}${day}${year}`);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type(`${hour12}${minutes}${Number(hours) < 12 ? "A" : "P"}`);
  await expect(input).toHaveValue(`${year}-${month}-${day}T${hours}:${minutes}`);
}

export async function typeInto(page: Page, input: Locator, text: string) {
  await tabTo(page, input);
  await page.keyboard.type(text);
}
