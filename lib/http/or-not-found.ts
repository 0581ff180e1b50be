import { notFound } from "next/navigation";
import { AppError } from "@/lib/app-error";

/** Awaits a data read, turning its not-found refusal into the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  }
}
