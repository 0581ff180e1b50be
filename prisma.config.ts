import { defineConfig } from "prisma/config";

// The Prisma CLI (used by teams with internet) reads the URL here; offline migrations use scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/rescue_ledger" },
});
