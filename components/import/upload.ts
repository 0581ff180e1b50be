import type { ActionResult } from "@/lib/actions/result";
import type { ImportReport } from "@/lib/csv/import-report";
import type { ImportMapping } from "@/lib/import-mapping/schema";

/** What to say when the upload itself fails, in the reader's language. */
export type UploadFailures = { failed: string; unreadable: string; status: (status: number) => string };

/** sheet: the sheet of an Excel workbook to import. */
export type UploadOptions = { commit: boolean; allOrNothing: boolean; createUnknown: boolean; hash?: string; sheet?: string; mapping?: ImportMapping | null };

/** The mapping as the X-Import-Mapping header carries it: base64 of its JSON in UTF-8. */
function mappingHeader(mapping: ImportMapping) {
  let binary = "";
  for (const byte of new TextEncoder().encode(JSON.stringify(mapping))) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Sends the file to the import route with XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadCsv(file: File, options: UploadOptions, failures: UploadFailures, onProgress: (fraction: number) => void): Promise<ActionResult<ImportReport>> {
  const query = new URLSearchParams({ commit: options.commit ? "1" : "0", allOrNothing: options.allOrNothing ? "1" : "0", createUnknown: options.createUnknown ? "1" : "0" });
  if (options.hash) query.set("hash", options.hash);
  if (options.sheet) query.set("sheet", options.sheet);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const failed = (message: string) => resolve({ ok: false, code: "unexpected", message });
    xhr.open("POST", `/import/upload?${query}`);
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    if (options.mapping) xhr.setRequestHeader("X-Import-Mapping", mappingHeader(options.mapping));
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => failed(failures.failed);
    xhr.onload = () => {
      if (xhr.getResponseHeader("Content-Type")?.startsWith("application/json")) {
        try {
          return resolve(JSON.parse(xhr.responseText));
        } catch {
          return failed(failures.unreadable);
        }
      }
      failed(xhr.responseText || failures.status(xhr.status));
    };
    xhr.send(file);
  });
}
