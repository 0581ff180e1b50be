"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, runAction } from "@/lib/actions/result";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { changeUserRole, createManagedUser, resetUserPassword, setUserActive } from "@/lib/data/admin-users";
import { userActiveSchema, userCreateSchema, userIdSchema, userRoleSchema } from "@/lib/schemas/user";

export type OneTimePasswordResult = { id: string; email: string; name: string; oneTimePassword: string };

export async function createUserAction(input: unknown): Promise<ActionResult<OneTimePasswordResult>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "users:manage")) throw new AppError("forbidden");
    return createManagedUser(admin, userCreateSchema.parse(input));
  });
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function changeUserRoleAction(input: unknown): Promise<ActionResult> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "users:manage")) throw new AppError("forbidden");
    await changeUserRole(admin, userRoleSchema.parse(input));
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function setUserActiveAction(input: unknown): Promise<ActionResult> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "users:manage")) throw new AppError("forbidden");
    await setUserActive(admin, userActiveSchema.parse(input));
    return undefined;
  });
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}

export async function resetUserPasswordAction(input: unknown): Promise<ActionResult<OneTimePasswordResult>> {
  const admin = await requireUser();
  const result = await runAction(async () => {
    if (!can(admin, "users:manage")) throw new AppError("forbidden");
    return resetUserPassword(admin, userIdSchema.parse(input).userId);
  });
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}
