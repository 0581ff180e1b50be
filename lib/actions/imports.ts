"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, idOf, runAsUser } from "@/lib/actions/result";
import { cancelImport, checkWithMapping, commitImport } from "@/lib/data/import/jobs/import-jobs";

const refresh = () => revalidatePath("/import", "layout");

/** Queues the import of a checked file (its dry run's options). */
export async function commitImportAction(id: string): Promise<ActionResult<void>> {
  return runAsUser((user) => commitImport(user, idOf(id)), refresh);
}

export async function cancelImportAction(id: string): Promise<ActionResult<void>> {
  return runAsUser((user) => cancelImport(user, idOf(id)), refresh);
}

/** Checks the file again through the column mapping the user confirmed. */
export async function checkWithMappingAction(id: string, mapping: unknown): Promise<ActionResult<void>> {
  return runAsUser((user) => checkWithMapping(user, idOf(id), mapping), refresh);
}
