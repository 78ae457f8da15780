// The pglite-socket patch replaces a private method: it must refuse a version it was not written for.
import { describe, expect, it } from "vitest";
import { installedPgliteSocketVersion, serializeExtendedProtocol, WRITTEN_FOR } from "@/scripts/lib/extended-protocol-queue.mjs";
import pkg from "@/package.json";

describe("the pglite-socket patch", () => {
  it("was written for the version package.json pins and the one installed", () => {
    expect(pkg.dependencies["@electric-sql/pglite-socket"]).toBe(WRITTEN_FOR);
    expect(installedPgliteSocketVersion()).toBe(WRITTEN_FOR);
  });
  it("refuses any other version, naming the upstream issue, before touching the queue", () => {
    const queue = { clearQueueForHandler: () => {}, processQueue: () => {} };
    const before = { ...queue };
    for (const v of ["0.2.16", "0.2.18", "0.3.0"]) {
      expect(() => serializeExtendedProtocol(queue, v)).toThrow(/electric-sql\/pglite#1046.*installed/);
    }
    expect(queue).toEqual(before);
    serializeExtendedProtocol(queue, WRITTEN_FOR);
    expect(queue.processQueue).not.toBe(before.processQueue);
  });
});
