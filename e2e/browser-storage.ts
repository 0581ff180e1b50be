import type { Page } from "@playwright/test";

/** Everything the page's origin keeps in localStorage, sessionStorage and IndexedDB, as one string. */
export function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const readStore = (db: IDBDatabase, name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name, "readonly").objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const openDb = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const databases: Record<string, unknown> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await openDb(name);
      for (const store of Array.from(db.objectStoreNames)) databases[`${name}/${store}`] = await readStore(db, store);
      db.close();
    }
    return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, databases });
  });
}

/** The keys of the drafts this origin keeps, whoever they belong to. */
export function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("rescue-ledger:draft:")));
}
