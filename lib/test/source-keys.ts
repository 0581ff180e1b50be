import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Where messages are used: every source file but tests (docs/translating.md, "Keys in the source").
const FOLDERS = ["app", "components", "lib", "i18n"];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const TRANSLATOR = /\bconst\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)/g;
// Not a translator's namespace (useTranslations("validation.incidentField")): its keys are found above.
const FULL_KEY = /(?<!Translations\(\s*)"((?:validation|errors)\.[\w.]+)"/g;

/**
 * The message keys the source names: a literal key called on a translator that a `const` holds from
 * useTranslations or getTranslations with a literal namespace (also its .rich, .markup, .has), and full
 * keys in string literals ("validation.…", "errors.…", as messageKey takes them).
 */
export function keysInSource(root: string): Set<string> {
  const keys = new Set<string>();
  for (const file of FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder)))) {
    const text = readFileSync(file, "utf8");
    for (const [, name, namespace] of text.matchAll(TRANSLATOR)) {
      const call = new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.has)?\\(\\s*"([\\w.]+)"`, "g");
      for (const [, key] of text.matchAll(call)) keys.add(`${namespace}.${key}`);
    }
    for (const [, key] of text.matchAll(FULL_KEY)) keys.add(key);
  }
  return keys;
}
