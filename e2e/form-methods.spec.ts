import { expect, test, type Page } from "@playwright/test";
import { newContext } from "./user-factory";

// A form sent by GET puts what was typed into the address bar, the history and every log on the way:
// only a search may do that, and says so (role="search"). Every other form posts.

const MAX_PAGES = 60;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// One page of each kind: the same route with another id or other filters holds the same forms.
const kindOf = (path: string) => path.replace(UUID, ":id");

async function formsOf(page: Page) {
  return page.locator("form").evaluateAll((forms) =>
    (forms as HTMLFormElement[]).map((form) => ({
      form: form.getAttribute("aria-label") ?? form.querySelector("button[type=submit], button:not([type])")?.textContent?.trim() ?? form.outerHTML.slice(0, 80),
      method: form.method,
      isSearch: form.getAttribute("role") === "search",
    })),
  );
}

async function sameOriginLinks(page: Page) {
  const hrefs = await page.locator("a[href^='/']:not([download])").evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href")!, location.href).pathname));
  return hrefs.filter((path) => !path.startsWith("/api/") && !path.startsWith("/_next/"));
}

/** Visits one page of each kind reachable from the incident list and returns its forms that GET without being a search. */
async function crawlForGetForms(page: Page, start: string) {
  const seen = new Set<string>();
  const queue = [start];
  const offenders: string[] = [];
  while (queue.length > 0 && seen.size < MAX_PAGES) {
    const path = queue.shift()!;
    if (seen.has(kindOf(path))) continue;
    seen.add(kindOf(path));
    const response = await page.goto(path);
    if (!response?.ok() || !response.headers()["content-type"]?.includes("text/html")) continue;
    for (const form of await formsOf(page)) {
      if (form.method !== "post" && !form.isSearch) offenders.push(`${path}: "${form.form}" (${form.method})`);
    }
    queue.push(...(await sameOriginLinks(page)));
  }
  return { offenders, pages: [...seen] };
}

for (const role of ["admin", "coordinator", "field"] as const) {
  test(`every form a ${role} reaches posts, unless it is a search`, async ({ browser, baseURL }) => {
    const page = await (await newContext(browser, baseURL, role)).newPage();
    const { offenders, pages } = await crawlForGetForms(page, "/incidents");
    expect(pages).toEqual(expect.arrayContaining(["/incidents", "/incidents/new", "/incidents/:id", "/account"]));
    if (role === "admin") expect(pages).toEqual(expect.arrayContaining(["/admin/users/new", "/admin/vessels/:id", "/import", "/audit"]));
    expect(offenders).toEqual([]);
  });
}

test("the sign-in form posts", async ({ browser, baseURL }) => {
  const page = await (await newContext(browser, baseURL)).newPage();
  await page.goto("/sign-in");
  expect(await formsOf(page)).toEqual([expect.objectContaining({ method: "post" })]);
});
