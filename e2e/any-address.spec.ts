import { networkInterfaces } from "node:os";
import { expect, test } from "@playwright/test";
import { draftKeys, storedText } from "./browser-storage";
import { field, uniqueNarrative } from "./incident-form-helpers";
import { createMember, PASSWORD, withDb } from "./security-world";

// A crew runs the app on one laptop; the others open it by that laptop's address on the ship's network.
// The shared server is reached here by other names than the one the tests start it with (localhost):
// every redirect and the sign-out must keep the browser on the address it came by, and unsaved input is
// kept there too (plain HTTP on a LAN address is no secure context: the browser offers no WebCrypto).
const lanAddress = Object.values(networkInterfaces()).flat().find((i) => i?.family === "IPv4" && !i.internal)?.address;

for (const host of ["127.0.0.1", ...(lanAddress ? [lanAddress] : [])]) {
  test(`reached at ${host}, sign-in and sign-out stay on that address`, async ({ browser, baseURL }) => {
    const origin = `http://${host}:${new URL(baseURL!).port}`;
    const member = await withDb((db) => createMember(db));
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && new URL(frame.url()).origin !== origin) elsewhere.push(frame.url());
    });

    await page.goto("/dashboard");
    await expect(page).toHaveURL(`${origin}/sign-in?callbackUrl=%2Fdashboard`);
    await page.getByLabel("Email").fill(member.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
    expect(page.url()).toBe(`${origin}/dashboard`);

    const narrative = uniqueNarrative("Typed on the ship's network");
    await page.goto("/incidents/new");
    await expect(page.getByRole("button", { name: "Submit", exact: true })).toBeEnabled();
    await field(page, "Narrative").fill(narrative);
    await expect.poll(() => draftKeys(page)).toHaveLength(1);
    expect(await storedText(page)).not.toContain(narrative);
    await page.reload();
    await expect(field(page, "Narrative")).toHaveValue(narrative);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("dialog", { name: "Unsaved input" }).getByRole("button", { name: "Discard it" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    expect(page.url()).toBe(`${origin}/sign-in`);
    await page.goto("/incidents");
    await expect(page).toHaveURL(`${origin}/sign-in?callbackUrl=%2Fincidents`);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
}
