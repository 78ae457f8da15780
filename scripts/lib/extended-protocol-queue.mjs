// pglite-socket serves several connections from one PGlite session by queueing their messages, and keeps one
// connection exclusive only while it is inside a transaction. But a query with parameters is several messages
// (Parse, Bind, Describe, Execute … Sync): another connection's Parse landing in between replaces the unnamed
// prepared statement, and Postgres answers "bind message supplies 4 parameters, but prepared statement "" requires 1".
// This keeps a connection exclusive from its first extended-protocol message until its Sync, as well.
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // P B D E C H

export function serializeExtendedProtocol(queue) {
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
