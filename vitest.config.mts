import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests sit beside the modules they test. Integration tests read DATABASE_URL
// (a migrated, seeded test database) and TEST_ADMIN_URL (same server, may create databases);
// `npm test` provides both.
export default defineConfig({
  // "server-only" throws outside React's server bundles; under test the data layer runs in plain Node.
  resolve: { alias: { "@": import.meta.dirname, "server-only": path.join(import.meta.dirname, "lib/test/empty-module.ts") } },
  test: {
    include: ["{lib,scripts,prisma,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
