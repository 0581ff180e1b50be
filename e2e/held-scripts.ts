import type { Page, Route } from "@playwright/test";

/**
 * Holds the page's JavaScript (the app's chunks) until `release` is called, as a slow link does: the
 * server's HTML shows and takes input long before the scripts that make it work have arrived.
 */
export async function holdScripts(page: Page) {
  const held: Route[] = [];
  let isHolding = true;
  await page.route("**/_next/static/**", (route) => {
    if (isHolding && new URL(route.request().url()).pathname.endsWith(".js")) held.push(route);
    else route.continue();
  });
  return async function release() {
    isHolding = false;
    await Promise.all(held.splice(0).map((route) => route.continue()));
  };
}

/** Every URL the page requests or navigates to, to check that none carries what was typed. */
export function recordUrls(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));
  return urls;
}
