import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. The pages' policy allows no eval (lib/http/content-security-
// policy.ts): without this, zod tries `new Function` as soon as a form's schema is built, and the browser
// reports the refused attempt as a violation. Parsing without it is as correct, a little slower.
config({ jitless: true });
