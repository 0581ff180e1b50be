import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests sit beside the modules they test. Integration tests read DATABASE_URL
// (a migrated, seeded test database) and TEST_ADMIN_URL (same server, may create databases);
// `npm test` provides both.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["{lib,scripts,prisma,components,app}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
