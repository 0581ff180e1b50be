import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, SIGN_INS, signIn, storageStateFor } from "./fixtures";

// Scripts run only with the nonce the server gave this response: an injected <script> or inline
// handler would not. Every page, sign-in included, carries the policy, and the app itself breaks none of it.
const PAGES = ["/sign-in", "/incidents", "/incidents/new", "/dashboard", "/help/csv", "/no-such-page"];

function directives(policy: string) {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

async function policyOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const policy = response.headers()["content-security-policy"];
  expect(policy, path).toBeDefined();
  return { policy: directives(policy), html: await response.text() };
}

test.describe("as a signed-in coordinator", () => {
  test.use({ storageState: storageStateFor("coordinator") });

  test("every page's policy allows only scripts with its own fresh nonce, and the page's scripts carry it", async ({ page }) => {
    for (const path of PAGES) {
      const first = await policyOf(page.request, path);
      const scripts = first.policy.get("script-src") ?? [];
      const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, path).toBeTruthy();
      expect(scripts, path).toContain("'strict-dynamic'");
      expect(scripts, path).not.toContain("'unsafe-inline'");
      expect(scripts, path).not.toContain("'unsafe-eval'");
      expect(first.policy.get("object-src"), path).toEqual(["'none'"]);
      expect(first.policy.get("frame-ancestors"), path).toEqual(["'none'"]);
      expect(first.policy.get("base-uri"), path).toEqual(["'self'"]);
      const tags = [...first.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(tags.length, path).toBeGreaterThan(0);
      expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`)), path).toEqual([]);
      const second = await policyOf(page.request, path);
      expect(second.policy.get("script-src"), path).not.toEqual(scripts);
    }
  });

  test("files served as they are still load", async ({ page }) => {
    for (const path of ["/map/central-mediterranean.svg", "/icon.svg"]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe("image/svg+xml");
    }
  });
});

test("signing in, the list, a case, the form, the dashboard and other pages break no rule of the policy", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeBinding("reportViolation", (_source, text: string) => void violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });

  await signIn(page, SIGN_INS.coordinator, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
  await page.goto("/incidents?period=custom&from=2016-10-25&to=2016-10-25");
  await page.getByRole("link", { name: "MSF-2016-0001", exact: true }).click();
  await expect(page.getByRole("img", { name: /Map of the position/ })).toBeVisible();
  await page.goto("/incidents/new");
  await page.getByLabel("Persons rescued", { exact: true }).fill("-1");
  await page.getByLabel("Position", { exact: true }).focus();
  await expect(page.getByText(/rescued cannot be negative/i)).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
  for (const [path, heading] of [["/import", "Import incidents"], ["/audit", "Audit log"], ["/no-such-page", "Not found"]]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  }
  await page.goto("/incidents");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The figure typed into the new-case form above is unsaved input: sign-out asks what becomes of it.
  await page.getByRole("dialog", { name: "Unsaved input" }).getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(violations).toEqual([]);
});
