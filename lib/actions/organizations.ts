"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runAction } from "@/lib/actions/result";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { createOrganization, updateOrganization } from "@/lib/data/organizations-admin";
import { organizationIdSchema, organizationInputSchema } from "@/lib/schemas/organization";

export async function createOrganizationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "organizations:manage")) throw new AppError("forbidden");
    const { id } = await createOrganization(admin, organizationInputSchema.parse(input));
    return { id };
  });
  if (result.ok) revalidatePath("/admin/organizations");
  return result;
}

export async function updateOrganizationAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "organizations:manage")) throw new AppError("forbidden");
    const organizationId = organizationIdSchema.parse(id);
    await updateOrganization(admin, organizationId, organizationInputSchema.parse(input));
    return { id: organizationId };
  });
  // The organization's short name shows in the header of every page.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
