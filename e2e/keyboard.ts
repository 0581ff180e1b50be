import type { Locator, Page } from "@playwright/test";

// Moving through a page with the keyboard alone, as specs that prove a flow needs no mouse do.

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

export async function typeInto(page: Page, input: Locator, text: string) {
  await tabTo(page, input);
  await page.keyboard.type(text);
}
