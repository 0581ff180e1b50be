import { gcm } from "@noble/ciphers/aes.js";
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { DraftKey } from "@/lib/auth/draft-key";

// Drafts live in localStorage as `rescue-ledger:draft:v2:<owner>:<slot>` → { expiresAt, iv, data }: the
// content encrypted with the user's key (AES-GCM), the slot an HMAC of the form's name (which incident).
// Only the expiry is in clear, so that any page, the sign-in page included, can remove ended drafts.
const PREFIX = "rescue-ledger:draft:";
const FORMAT = `${PREFIX}v2:`;
/** How long a draft kept at sign-out waits for its author to sign in again here. */
export const KEPT_DAYS = 7;

export type StoredDraft = { savedAt: string; values: unknown };
type Envelope = { expiresAt: number; iv: string; data: string };

const encoder = new TextEncoder();
const toBase64 = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const fromBase64 = (text: string) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

function readEnvelope(storageKey: string): Envelope | null {
  try {
    const envelope = JSON.parse(localStorage.getItem(storageKey) ?? "null");
    if (typeof envelope?.expiresAt === "number" && typeof envelope.iv === "string" && typeof envelope.data === "string") return envelope;
  } catch {
    // not an envelope: removed by the caller
  }
  return null;
}

function storageKeys(prefix: string) {
  return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key): key is string => key?.startsWith(prefix) ?? false);
}

/**
 * Removes the drafts no one may open any more: expired ones (their session has ended, or a kept draft
 * waited too long), and anything not encrypted the way this version does it (older versions kept drafts in clear).
 */
export function purgeEndedDrafts(now = Date.now()) {
  for (const key of storageKeys(PREFIX)) {
    const envelope = key.startsWith(FORMAT) ? readEnvelope(key) : null;
    if (!envelope || envelope.expiresAt <= now) localStorage.removeItem(key);
  }
}

export type DraftVault = Awaited<ReturnType<typeof openDraftVault>>;

/**
 * The signed-in user's drafts. Audited JavaScript AES-GCM and HMAC (noble) rather than WebCrypto: browsers
 * offer crypto.subtle only over HTTPS or on localhost, and crews reach the app by a laptop's address on
 * the ship's network over plain HTTP, where drafts matter most.
 */
export async function openDraftVault(key: DraftKey) {
  const cipherKey = fromBase64(key.cipherKey);
  const slotKey = fromBase64(key.slotKey);
  const ownPrefix = `${FORMAT}${key.owner}:`;
  const slotOf = async (name: string) => ownPrefix + toBase64(hmac(sha256, slotKey, encoder.encode(name))).slice(0, 22).replace(/\+/g, "-").replace(/\//g, "_");
  const aes = (iv: Uint8Array, slot: string) => gcm(cipherKey, iv, encoder.encode(slot));
  // One write at a time, in order, so a removal is never undone by a save that finishes after it.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (job: () => Promise<void> | void) => (queue = queue.then(job).catch(() => {}));
  const pendingSaves = new Set<string>();
  let isClosed = false;

  async function decrypt(slot: string): Promise<StoredDraft | null> {
    const envelope = readEnvelope(slot);
    if (!envelope || envelope.expiresAt <= Date.now()) return null;
    const plain = aes(fromBase64(envelope.iv), slot).decrypt(fromBase64(envelope.data));
    return JSON.parse(new TextDecoder().decode(plain));
  }

  // Drafts of an older generation of the key (a password or role change since) cannot be opened: out.
  for (const slot of storageKeys(ownPrefix)) await decrypt(slot).catch(() => localStorage.removeItem(slot));

  return {
    /** The draft of one form; one that cannot be opened (an older generation of the key) is removed. */
    async read(name: string): Promise<StoredDraft | null> {
      const slot = await slotOf(name);
      try {
        const draft = await decrypt(slot);
        if (draft) return draft;
      } catch {
        // written under a key this user no longer has
      }
      localStorage.removeItem(slot);
      return null;
    },
    /** Saves the form's current input; saves asked for while one is waiting are one save, of the latest input. */
    save(name: string, current: () => StoredDraft) {
      if (isClosed || pendingSaves.has(name)) return;
      pendingSaves.add(name);
      enqueue(async () => {
        pendingSaves.delete(name);
        if (isClosed) return;
        const slot = await slotOf(name);
        const iv = crypto.getRandomValues(new Uint8Array(12));
        const data = aes(iv, slot).encrypt(encoder.encode(JSON.stringify(current())));
        const envelope: Envelope = { expiresAt: Math.min(key.sessionEndsAt, Date.now() + key.idleMs), iv: toBase64(iv), data: toBase64(data) };
        localStorage.setItem(slot, JSON.stringify(envelope));
      });
    },
    remove(name: string) {
      pendingSaves.delete(name);
      return enqueue(async () => localStorage.removeItem(await slotOf(name)));
    },
    /** Resolves once every save asked for so far is written. */
    settled: () => enqueue(() => {}),
    count: () => storageKeys(ownPrefix).length,
    /** At sign-out: no more saves from this page; the user's drafts are kept for them alone, or removed. */
    close(choice: "keep" | "discard") {
      isClosed = true;
      for (const slot of storageKeys(ownPrefix)) {
        const envelope = readEnvelope(slot);
        if (choice === "keep" && envelope) localStorage.setItem(slot, JSON.stringify({ ...envelope, expiresAt: Date.now() + KEPT_DAYS * 86_400_000 }));
        else localStorage.removeItem(slot);
      }
    },
  };
}
