import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { seedReferenceData, seedSyntheticIncidents } from "../../prisma/seed/index";

/** Seeds the demo data once: on a database that has no organization yet. */
export async function seedDemoOnce(url: string) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if ((await db.organization.count()) > 0) return false;
    await seedReferenceData(db);
    await seedSyntheticIncidents(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}
