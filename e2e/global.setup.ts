import { test as setup } from "@playwright/test";
import { SIGN_INS, signInAndWait, storageStateFor, type SignInName } from "./fixtures";

// One signed-in browser state per role, reused by the specs.
for (const name of Object.keys(SIGN_INS) as SignInName[]) {
  setup(`sign in as ${name}`, async ({ page }) => {
    await signInAndWait(page, SIGN_INS[name]);
    await page.context().storageState({ path: storageStateFor(name) });
  });
}
