import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { readChunks } from "../read-body";
import { MAX_UPLOAD_BYTES } from "../read-upload";

/** The largest file a job takes: the import's limit while a run reads its file whole (200 MB once it streams it). */
export const IMPORT_FILE_LIMIT = MAX_UPLOAD_BYTES;

/**
 * Where uploaded import files wait for their runs: IMPORT_DIR, or .data/imports of the working directory (the
 * web server and the worker that `npm start` runs share it). Only this process's user may read it: the files
 * hold what the cases hold.
 */
export function importDir() {
  return process.env.IMPORT_DIR || path.resolve(/*turbopackIgnore: true*/ ".data", "imports");
}

const fileOf = (id: string) => {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Not an import file id: ${id}`);
  return path.join(/*turbopackIgnore: true*/ importDir(), id);
};

export type SavedFile = { sizeBytes: number; fileHash: string };

/**
 * Streams an upload to disk under the job's id, hashing it on the way, never holding more than a chunk in memory.
 * Null when it grows past `maxBytes`: what was written of it is deleted. The file appears under its name only once
 * complete, so a half-written upload is never read.
 */
export async function saveImportFile(id: string, body: ReadableStream<Uint8Array>, maxBytes = IMPORT_FILE_LIMIT): Promise<SavedFile | null> {
  await mkdir(importDir(), { recursive: true, mode: 0o700 });
  const target = fileOf(id);
  const partial = `${target}.part`;
  const file = await open(partial, "w", 0o600);
  const hash = createHash("sha256");
  let sizeBytes: number | null = null;
  try {
    sizeBytes = await readChunks(body, maxBytes, async (chunk) => {
      hash.update(chunk);
      await file.write(chunk);
    });
  } finally {
    await file.close();
    if (sizeBytes === null) await rm(partial, { force: true });
  }
  if (sizeBytes === null) return null;
  await rename(partial, target);
  return { sizeBytes, fileHash: hash.digest("hex") };
}

/** The saved file's bytes as a stream. */
export function readImportFile(id: string) {
  return createReadStream(/*turbopackIgnore: true*/ fileOf(id));
}

export async function deleteImportFile(id: string) {
  await rm(fileOf(id), { force: true });
}
