/** The web server's AUTH_SECRET in the end-to-end runs (playwright.config.ts): tests sign and read tokens with it. */
export const E2E_AUTH_SECRET = "e2e-secret-not-for-production-0123456789";
