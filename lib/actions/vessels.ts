"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, runAction } from "@/lib/actions/result";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { createVessel, setVesselActive, updateVessel } from "@/lib/data/vessels-admin";
import { vesselActiveSchema, vesselInputSchema } from "@/lib/schemas/vessel";

export async function createVesselAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "vessels:manage")) throw new AppError("forbidden");
    const { id } = await createVessel(admin, vesselInputSchema.parse(input));
    return { id };
  });
  if (result.ok) revalidatePath("/admin/vessels");
  return result;
}

export async function updateVesselAction(id: unknown, input: unknown): Promise<ActionResult<{ id: string }>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "vessels:manage")) throw new AppError("forbidden");
    const vesselId = z.uuid().parse(id);
    await updateVessel(admin, vesselId, vesselInputSchema.parse(input));
    return { id: vesselId };
  });
  if (result.ok) revalidatePath("/admin/vessels", "layout");
  return result;
}

export async function setVesselActiveAction(input: unknown): Promise<ActionResult> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "vessels:manage")) throw new AppError("forbidden");
    const { vesselId, isActive } = vesselActiveSchema.parse(input);
    await setVesselActive(admin, vesselId, isActive);
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/vessels", "layout");
  return result;
}
