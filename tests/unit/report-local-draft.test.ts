import { describe, expect, it } from "vitest";
import { clearDraft, draftKey, readDraft, shouldOfferRestore, writeDraft, type LocalDraft } from "@/lib/report-form/local-draft";

function memoryStore() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const state = { coops_total: { text: "1.342", qualifier: "EXACT" as const, high: "" } };
const draft: LocalDraft = { savedAt: 2_000, baseVersion: 3, state };

describe("the draft kept in the browser", () => {
  it("is stored per province, year and user, and read back", () => {
    const store = memoryStore();
    expect(draftKey("thai-nguyen", 2024, 7)).not.toBe(draftKey("thai-nguyen", 2024, 8));
    expect(draftKey("thai-nguyen", 2024, 7)).not.toBe(draftKey("thai-nguyen", 2023, 7));
    const key = draftKey("thai-nguyen", 2024, 7);
    expect(writeDraft(store, key, draft)).toBe(true);
    expect(readDraft(store, key)).toEqual(draft);
    clearDraft(store, key);
    expect(readDraft(store, key)).toBeNull();
  });

  it("ignores what it cannot trust, and survives a browser that refuses to store", () => {
    const store = memoryStore();
    store.data.set("k", "{not json");
    expect(readDraft(store, "k")).toBeNull();
    store.data.set("k", JSON.stringify({ ...draft, state: { coops_total: { text: 5, qualifier: "EXACT", high: "" } } }));
    expect(readDraft(store, "k")).toBeNull();
    const full = { ...memoryStore(), setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(writeDraft(full, "k", draft)).toBe(false);
    expect(writeDraft(null, "k", draft)).toBe(false);
    expect(readDraft(null, "k")).toBeNull();
  });

  it("is offered back only when it differs from the server and is newer", () => {
    const server = (version: number, updatedAt: number | null, s = {}) => ({ version, updatedAt, state: s });
    expect(shouldOfferRestore(null, server(3, 1_000))).toBe(false);
    expect(shouldOfferRestore(draft, server(3, 1_000, state))).toBe(false); // the server has it
    expect(shouldOfferRestore(draft, server(3, 5_000))).toBe(true); // nobody saved since the typing began
    expect(shouldOfferRestore(draft, server(4, 1_000))).toBe(true); // typed after the server's last save
    expect(shouldOfferRestore(draft, server(4, 5_000))).toBe(false); // the server's copy is newer
    expect(shouldOfferRestore({ ...draft, baseVersion: 0 }, server(0, null))).toBe(true); // a report not created yet
  });
});
