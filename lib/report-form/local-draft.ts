// What the user typed into a report, kept in the browser (localStorage) on every change, so that a closed tab,
// a lost connection or a failed save never loses it. One entry per province, year and user: two people
// sharing a computer never see each other's unsaved figures. Pure apart from the Storage handed in.
import { z } from "zod";
import { sameState, type FormState } from "./form-state";

export interface LocalDraft {
  /** When it was typed (the browser's clock, ms). */
  savedAt: number;
  /** The server version the typing started from: saving it later with this version detects a conflict. */
  baseVersion: number;
  state: FormState;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

// What comes back out of localStorage is untrusted (another version of the app, a user's tinkering).
const field = z.object({ text: z.string().max(100), qualifier: z.enum(["EXACT", "AT_LEAST", "APPROX", "NEARLY", "RANGE"]), high: z.string().max(100) });
const draftSchema = z.object({ savedAt: z.number(), baseVersion: z.number().int().min(0), state: z.record(z.string().max(64), field) });

export function draftKey(slug: string, year: number, userId: number): string {
  return `htx:report-draft:${slug}:${year}:${userId}`;
}

export function readDraft(store: Store | null, key: string): LocalDraft | null {
  try {
    const raw = store?.getItem(key);
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** False when the browser refuses (storage full or disabled): the form then says the draft is not kept. */
export function writeDraft(store: Store | null, key: string, draft: LocalDraft): boolean {
  try {
    if (!store) return false;
    store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(store: Store | null, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to do: a draft we cannot remove is offered again, and is harmless.
  }
}

/**
 * Offer the local draft back when it says something the server does not, and it is newer than the server's
 * copy: nobody saved since the typing started, or the typing happened after the server's last save.
 */
export function shouldOfferRestore(draft: LocalDraft | null, server: { version: number; updatedAt: number | null; state: FormState }): boolean {
  if (!draft || sameState(draft.state, server.state)) return false;
  return draft.baseVersion >= server.version || server.updatedAt === null || draft.savedAt > server.updatedAt;
}
