import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calls server actions the way the browser does: a POST to a page with the action's id, the arguments
// as JSON, and the reply read from the RSC stream. Ids come from the build's manifest.
type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

let manifest: Map<string, { id: string; pages: string[] }> | undefined;

export function entryOf(file: string, name: string) {
  if (!manifest) {
    const file = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
    const { node } = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
    manifest = new Map(Object.entries(node).map(([id, e]) => [`${e.filename}#${e.exportedName}`, { id, pages: Object.keys(e.workers) }]));
  }
  const entry = manifest.get(`${file}#${name}`);
  if (!entry) throw new Error(`No server action ${name} in ${file}: is the build current?`);
  return entry;
}

/** A page that imports the action, e.g. "app/(app)/incidents/[id]/page" → /incidents/<id>. */
function pagePath(worker: string, id: string) {
  const segments = worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => (/^\[.*\]$/.test(s) ? id : s)).join("/")}`;
}

export type ActionResult = { ok: boolean; code?: string; message?: string; data?: unknown };

/** The action's returned object: the stream's rows are `<hex id>:<json>`; ours is the one with `ok`. */
function resultOf(body: string): ActionResult | undefined {
  for (const line of body.split("\n")) {
    const row = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!row) continue;
    const value = JSON.parse(row[1]) as Partial<ActionResult>;
    if (typeof value.ok === "boolean") return value as ActionResult;
  }
  return undefined;
}

/**
 * Posts a server action of `lib/actions/<file>.ts` as the request context's user and returns the raw
 * reply. `pageId` fills the dynamic segment of the page it is posted to (any UUID will do); `headers`
 * replace the browser's (e.g. another Origin).
 */
export async function postAction(request: APIRequestContext, baseURL: string, file: string, name: string, args: unknown[], pageId: string, headers: Record<string, string> = {}) {
  const { id, pages } = entryOf(`lib/actions/${file}.ts`, name);
  return request.post(pagePath(pages[0], pageId), {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL, Accept: "text/x-component", ...headers },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
}

/** postAction, read: the action's returned object. */
export async function callAction(request: APIRequestContext, baseURL: string, file: string, name: string, args: unknown[], pageId: string) {
  const response = await postAction(request, baseURL, file, name, args, pageId);
  const body = await response.text();
  const result = resultOf(body);
  if (!result) throw new Error(`No action result in the ${response.status()} reply to ${name}: ${body.slice(0, 300)}`);
  return result;
}
