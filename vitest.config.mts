import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig } from "vitest/config";

// As in next.config.ts: messages are compiled on the server, formatted without a parser.
const formatOnly = createRequire(import.meta.url).resolve("use-intl/format-message/format-only");

// Unit and integration tests sit beside the modules they test. Integration tests read DATABASE_URL
// (a migrated, seeded test database) and TEST_ADMIN_URL (same server, may create databases);
// `npm test` provides both.
export default defineConfig({
  resolve: {
    alias: [
      { find: "@", replacement: import.meta.dirname },
      // "server-only" throws outside React's server bundles; under test the data layer runs in plain Node.
      { find: "server-only", replacement: path.join(import.meta.dirname, "lib/test/empty-module.ts") },
      { find: /^use-intl\/format-message$/, replacement: formatOnly },
    ],
  },
  test: {
    include: ["{lib,scripts,prisma,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Bundled like the app, so that the alias above reaches use-intl's own imports.
    server: { deps: { inline: ["use-intl", "next-intl"] } },
  },
});
