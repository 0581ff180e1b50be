import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { focusRingProblems } from "./focus-ring";
import { storageStateFor } from "./fixtures";
import { axeProblems, overflowProblems, overlapProblems, svgTextProblems } from "./reflow-checks";
import { PAGE_VISITS, type Visitor } from "./reflow-pages";
import { createReflowWorld, type ReflowWorld } from "./reflow-world";
import { createUserAsAdmin, newContext, uniqueEmail } from "./user-factory";

// Every page from a phone (360 px) through a tablet (820 px) to a laptop (1,280 px): no sideways
// scrolling of the page (WCAG 1.4.10), no controls covering each other, legible chart labels, focus
// rings with 3:1 contrast, no axe violations, and the tab title that names the page.
const WIDTHS = [360, 820, 1280] as const;
// Every check runs, and every width, so that one run lists all that is wrong with a page.
const check = expect.configure({ soft: true });

const test = base.extend<object, { world: ReflowWorld }>({
  world: [async ({ browser, playwright }, use, workerInfo) => use(await createReflowWorld(browser, playwright.request, workerInfo.project.use.baseURL!)), { scope: "worker" }],
});

async function contextFor(browser: Browser, baseURL: string, world: ReflowWorld, as: Visitor, locale?: string): Promise<BrowserContext> {
  if (as === "anonymous") return newContext(browser, baseURL);
  if (as === "platformAdmin") return browser.newContext({ baseURL, storageState: world.platformAdmin });
  if (as !== "mustChangePassword") return browser.newContext({ baseURL, storageState: storageStateFor(as), locale });
  // A new user before their first sign-in is complete: only the password page opens.
  const admin = await newContext(browser, baseURL, "admin");
  const email = uniqueEmail("layout-first-sign-in");
  const oneTimePassword = await createUserAsAdmin(await admin.newPage(), { name: "Layout First Sign-In", email });
  await admin.close();
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(oneTimePassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.close();
  return context;
}

/** Streamed sections have replaced their skeletons. */
async function settled(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
}

for (const visit of PAGE_VISITS) {
  test(`${visit.name}: fits 360–1280 px, passes axe, shows focus, has its own title`, async ({ browser, baseURL, world }, testInfo) => {
    test.setTimeout(180_000); // three widths, each with axe and every focus ring
    const context = await contextFor(browser, baseURL!, world, visit.as, visit.locale);
    const page = await context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(visit.path(world));
      await settled(page);
      await visit.prepare?.(page);
      await testInfo.attach(`${visit.name} at ${width} px`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
      await check.poll(() => overflowProblems(page), { message: `overflow at ${width} px` }).toEqual([]);
      await check.poll(() => overlapProblems(page), { message: `overlapping controls at ${width} px` }).toEqual([]);
      await check.poll(() => svgTextProblems(page), { message: `SVG text at ${width} px` }).toEqual([]);
      check(await axeProblems(page), `axe at ${width} px`).toEqual([]);
      check(await focusRingProblems(page), `focus rings at ${width} px`).toEqual([]);
    }
    await check(page).toHaveTitle(`${visit.title(world)} · Rescue Ledger`);
    await context.close();
  });
}
