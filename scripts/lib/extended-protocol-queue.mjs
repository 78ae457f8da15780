// A patch of @electric-sql/pglite-socket 0.2.17, for its upstream bug electric-sql/pglite#1046 ("concurrent
// extended-protocol batches interleave across connections; one internal throw permanently deadlocks the query
// queue"; a fix is proposed in electric-sql/pglite#977, not released as of 0.2.17).
//
// pglite-socket serves several connections from one PGlite session by queueing their messages
// (QueryQueueManager.processQueue in packages/pglite-socket/src/index.ts), and keeps one connection exclusive only
// while it is inside a transaction. But a query with parameters is several messages (Parse, Bind, Describe,
// Execute … Sync): another connection's Parse landing in between replaces the unnamed prepared statement, and
// Postgres answers "bind message supplies 4 parameters, but prepared statement "" requires 1". This keeps a
// connection exclusive from its first extended-protocol message until its Sync, as well. And where upstream's loop
// returns on a failed message with its `processing` flag still set (nothing is served again), this one goes on.
//
// It replaces a private method, so it refuses any other version: check whether that version fixes #1046 (then
// delete this file), else compare its processQueue with the one below and move WRITTEN_FOR on.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const WRITTEN_FOR = "0.2.17";
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

/** The installed @electric-sql/pglite-socket's version (its package.json is not among its exports). */
export function installedPgliteSocketVersion() {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite-socket");
  const manifest = entry.slice(0, entry.lastIndexOf("/dist/")) + "/package.json";
  return JSON.parse(readFileSync(manifest, "utf8")).version;
}

export function serializeExtendedProtocol(queue, version = installedPgliteSocketVersion()) {
  if (version !== WRITTEN_FOR) {
    throw new Error(
      `scripts/lib/extended-protocol-queue.mjs patches @electric-sql/pglite-socket ${WRITTEN_FOR} (electric-sql/pglite#1046), ` +
        `but ${version} is installed. Check whether ${version} fixes that issue (then delete the patch), or compare its ` +
        `QueryQueueManager.processQueue with the patch and update WRITTEN_FOR; or install ${WRITTEN_FOR} (npm install).`,
    );
  }
  queue.extendedOwner = null;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (id) => {
    if (queue.extendedOwner === id) queue.extendedOwner = null;
    return clear(id);
  };
  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    while (this.queue.length > 0) {
      const owner = this.db.isInTransaction() && this.lastHandlerId ? this.lastHandlerId : this.extendedOwner;
      let item;
      if (owner !== null && owner !== undefined) {
        const k = this.queue.findIndex((e) => e.handlerId === owner);
        if (k === -1) break; // wait for the owner's next message; its arrival restarts the queue
        item = this.queue.splice(k, 1)[0];
      } else {
        item = this.queue.shift();
      }
      let bytes = 0;
      try {
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(item.message, { onRawData: (d) => { bytes += d.length; item.onData(d); } }),
        );
      } catch (err) {
        item.reject(err);
        continue;
      }
      this.lastHandlerId = item.handlerId;
      this.extendedOwner = EXTENDED.has(item.message[0]) ? item.handlerId : null;
      item.resolve(bytes);
    }
    this.processing = false;
  };
}
