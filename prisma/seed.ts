// `npm run db:seed`: demo organizations, users, the reference case and synthetic incidents into DATABASE_URL.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { DEMO_PASSWORD, seedReferenceData, seedSyntheticIncidents } from "./seed/index";

async function main() {
  if (process.env.SEED_DEMO !== "1") {
    console.error(
      `Refusing to seed: the seed creates demo accounts whose password ("${DEMO_PASSWORD}") is published. ` +
        "Set SEED_DEMO=1 only for a throwaway database (npm start does so for its embedded one); " +
        "on a real database create the first administrator with `npm run user:create -- --admin`.",
    );
    return 1;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: point it at the database to seed.");
    return 1;
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const started = performance.now();
    const reference = await seedReferenceData(db);
    const synthetic = await seedSyntheticIncidents(db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded in ${seconds} s: ${reference.organizations} organizations, ${reference.vessels} vessels, ${reference.users} demo users, ` +
        `${reference.incidents + synthetic.created} incidents created (${synthetic.existing} synthetic incidents were already there).`,
    );
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Seeding failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
