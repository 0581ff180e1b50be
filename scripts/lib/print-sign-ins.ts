import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed/index";

export function printDemoSignIns() {
  console.log(`\nDemo sign-ins (demo data only — password for all: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(30)} ${user.role}`);
}
