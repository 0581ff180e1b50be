import { beforeEach, describe, expect, it } from "vitest";
import { deriveDraftKey } from "@/lib/auth/draft-key";
import { KEPT_DAYS, openDraftVault, purgeEndedDrafts } from "./draft-vault";

// The browser's localStorage, as the vault uses it.
class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  getItem(key: string) { return this.items.get(key) ?? null; }
  setItem(key: string, value: string) { this.items.set(key, String(value)); }
  removeItem(key: string) { this.items.delete(key); }
  dump() { return JSON.stringify([...this.items]); }
}

process.env.AUTH_SECRET ??= "unit-test-secret-0123456789";
const HOUR = 3_600_000;
const keyOf = (userId: string, generation = 0) => deriveDraftKey(userId, generation, Date.now() + 24 * HOUR);
const SECRET_TEXT = "Survivor told us his wife died; baby eight months";
const draft = { savedAt: new Date().toISOString(), values: { narrative: SECRET_TEXT, rescued: "107" } };
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  Object.assign(globalThis, { localStorage: storage });
});

async function saved(userId: string, generation = 0) {
  const vault = (await openDraftVault(keyOf(userId, generation)))!;
  vault.save("new", () => draft);
  await vault.settled();
  return vault;
}

describe("draft vault", () => {
  it("keeps a draft encrypted: nothing typed, no user and no form name in clear", async () => {
    const vault = await saved("user-a");
    expect(await vault.read("new")).toEqual(draft);
    expect(storage.dump()).not.toMatch(/Survivor|107|user-a|"new"/);
  });

  it("another user cannot read it, and does not remove it", async () => {
    await saved("user-a");
    const other = (await openDraftVault(keyOf("user-b")))!;
    expect(await other.read("new")).toBeNull();
    expect(other.count()).toBe(0);
    expect(await (await openDraftVault(keyOf("user-a")))!.read("new")).toEqual(draft);
  });

  it("after a password or role change (a new generation) the old draft cannot be opened and is removed", async () => {
    await saved("user-a", 0);
    const next = (await openDraftVault(keyOf("user-a", 1)))!;
    expect(await next.read("new")).toBeNull();
    expect(storage.length).toBe(0);
  });

  it("a draft expires with its session; any page removes it then, and anything left in clear at once", async () => {
    await saved("user-a");
    storage.setItem("rescue-ledger:draft:new", JSON.stringify(draft));
    purgeEndedDrafts();
    expect(storage.length).toBe(1);
    purgeEndedDrafts(Date.now() + 24 * HOUR + 1);
    expect(storage.length).toBe(0);
  });

  it("at sign-out, kept drafts wait for their author; discarded ones are gone and no later save brings them back", async () => {
    const vault = await saved("user-a");
    vault.close("keep");
    purgeEndedDrafts(Date.now() + (KEPT_DAYS * 24 - 1) * HOUR);
    expect(await (await openDraftVault(keyOf("user-a")))!.read("new")).toEqual(draft);

    const discarding = await saved("user-a");
    discarding.close("discard");
    discarding.save("new", () => draft);
    await discarding.settled();
    expect(storage.length).toBe(0);
  });

  it("a removal is not undone by a save asked for before it", async () => {
    const vault = (await openDraftVault(keyOf("user-a")))!;
    vault.save("new", () => draft);
    vault.remove("new");
    await vault.settled();
    expect(vault.count()).toBe(0);
  });
});
