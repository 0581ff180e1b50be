/** A migration failure the person running it can act on; the message is one sentence or two. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/**
 * The first paragraph of the engine's message, without its "external connector error" prefix or its
 * Rust span trace ("   0: sql_schema_connector::…").
 */
export function engineMessage(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").filter((line) => line.trim() !== "external connector error");
  const end = lines.findIndex((line, i) => i > 0 && (!line.trim() || /^\s+\d+: /.test(line)));
  return (end === -1 ? lines : lines.slice(0, end)).map((line) => line.trim()).filter(Boolean).join(" ");
}
