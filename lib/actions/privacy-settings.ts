"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, idOf, runAsUser } from "@/lib/actions/result";
import { updatePrivacySettings } from "@/lib/data/privacy-settings";
import type { PrivacySettings } from "@/lib/schemas/privacy-settings";

export async function updatePrivacySettingsAction(organizationId: unknown, input: unknown): Promise<ActionResult<PrivacySettings>> {
  return runAsUser((admin) => updatePrivacySettings(admin, idOf(organizationId), input), () => revalidatePath("/admin/privacy", "layout"));
}
