import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import type { FileFacts } from "@/lib/import-mapping/facts";
import { alignMapping, type MappingOffer, proposeMapping } from "@/lib/import-mapping/propose-mapping";
import { type ImportMapping, importMappingShape } from "@/lib/import-mapping/schema";

// An organization's saved column mappings, one per set of headers: read and written for the importer's
// own organization only, by those who may import.
type Tx = Prisma.TransactionClient;

/** The file's header set, whatever the order and case of its names. */
export function headerKey(header: readonly string[]) {
  const names = [...new Set(header.map((name) => name.trim().toLowerCase()))].sort();
  return createHash("sha256").update(JSON.stringify(names)).digest("hex");
}

function mayImport(user: SessionUser) {
  if (!can(user, "incident:import")) throw new AppError("forbidden", messageKey("validation.import.notAllowed"));
}

const where = (user: SessionUser, header: readonly string[]) => ({ organizationId_headerKey: { organizationId: user.organizationId, headerKey: headerKey(header) } });

/** The mapping to offer for a file: the organization's saved one for its headers, else a proposal. */
export async function offerMapping(user: SessionUser, facts: FileFacts): Promise<MappingOffer> {
  mayImport(user);
  const row = await db.importMapping.findUnique({ where: where(user, facts.header), select: { mapping: true } });
  // A mapping saved by an older version that today's schema refuses is not offered: the proposal is.
  const saved = importMappingShape.safeParse(row?.mapping);
  const aligned = saved.success ? alignMapping(saved.data, facts) : null;
  return { facts, proposal: aligned ?? proposeMapping(facts), isSaved: aligned !== null };
}

/** Keeps the mapping of a committed import for the next file with these headers, in the import's transaction. */
export async function saveImportMapping(tx: Tx, user: SessionUser, header: readonly string[], mapping: ImportMapping) {
  mayImport(user);
  await tx.importMapping.upsert({ where: where(user, header), create: { organizationId: user.organizationId, headerKey: headerKey(header), mapping }, update: { mapping } });
}
