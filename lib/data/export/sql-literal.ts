import "server-only";
import { escapeLiteral } from "pg";
import type { Prisma } from "@/generated/prisma/client";

// COPY takes no bind parameters, so the export inlines the WHERE clause's values as SQL literals.
// Each value becomes the text pg would have sent for it, quoted by pg's escapeLiteral; an untyped
// literal is resolved by PostgreSQL exactly as an untyped parameter is, so the query means the same.
function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((item) => `"${textOf(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  throw new TypeError(`Cannot inline a ${typeof value} into an export query`);
}

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) return escapeLiteral(arrayLiteral(value));
  return escapeLiteral(textOf(value));
}

/** The statement with every value inlined, for COPY (SELECT …) TO STDOUT. */
export function inlineSql(query: Prisma.Sql): string {
  return query.strings.reduce((text, part, i) => text + (i > 0 ? sqlLiteral(query.values[i - 1]) : "") + part, "");
}

/** The statement as text with $n placeholders and its values, for pg's client.query. */
export function pgQuery(query: Prisma.Sql): { text: string; values: unknown[] } {
  return { text: query.strings.reduce((text, part, i) => `${text}${i > 0 ? `$${i}` : ""}${part}`, ""), values: query.values };
}
