import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const FILE = "bench/RESULTS.md";

/** Replaces one named section of bench/RESULTS.md (or appends it), leaving the others as they were. */
export function writeSection(name: string, markdown: string) {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : "# Benchmarks\n";
  const at = current.indexOf(begin);
  const next = at >= 0 ? current.slice(0, at) + block + current.slice(current.indexOf(end, at) + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  mkdirSync("bench", { recursive: true });
  writeFileSync(FILE, next.endsWith("\n") ? next : `${next}\n`);
}
