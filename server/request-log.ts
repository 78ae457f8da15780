// One JSON line per request (pino): when it ended, method, path with its query, status, duration, bytes sent and
// whether the response cache answered, with the request id nginx passes (X-Request-Id) or one made here. Headers
// are never logged: cookies and Authorization stay out of the log. pino writes from a buffer asynchronously, so
// the cached path pays for building one line, not for the disk.
//   LOG_LEVEL        info (default) logs every request; warn, error or silent log none of them
//   LOG_DESTINATION  stdout (default), stderr, or a file to append to
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";
import type { Env } from "@/lib/env";

/** An id nginx ($request_id) or another proxy made; anything else is replaced, so the log holds no injected text. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** LOG_LEVEL and LOG_DESTINATION as lib/env.ts has checked them. */
export function createLogger(settings: Pick<Env, "LOG_LEVEL" | "LOG_DESTINATION">, destination?: DestinationStream): Logger {
  const where = settings.LOG_DESTINATION;
  // Lines are gathered to 8 kB before a write: one write per request cost a cached answer a third of its
  // throughput (docs/performance.md). A quiet server still writes each line within a second.
  const dest: DestinationStream & { flush?: () => void; flushSync?: () => void } = destination ?? pino.destination({ dest: where === "stdout" ? 1 : where === "stderr" ? 2 : where, sync: false, mkdir: true, minLength: 8192 });
  if (!destination) {
    setInterval(() => dest.flush?.(), 1000).unref();
    // The lines still gathered go out when the server stops (process.exit skips asynchronous writes).
    process.once("exit", () => {
      try {
        dest.flushSync?.();
      } catch {
        // Not open yet, or the file is gone: nothing to save.
      }
    });
  }
  return pino({ level: settings.LOG_LEVEL, base: { pid: process.pid } }, dest);
}

/** Logs `res` once it is over (sent, or the client went away). Costs nothing when the level leaves requests out. */
export function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  if (!logger.isLevelEnabled("info")) return;
  const start = performance.now();
  // Read now: the layers after this one may rewrite the request.
  const method = req.method;
  const path = req.url;
  const given = req.headers["x-request-id"];
  const reqId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  const socket = req.socket;
  const writtenBefore = socket.bytesWritten;
  res.once("close", () => {
    const cache = res.getHeader("x-htx-cache");
    logger.info({
      reqId,
      method,
      path,
      status: res.statusCode,
      ms: Math.round((performance.now() - start) * 100) / 100,
      // On the wire, headers included (as nginx's $bytes_sent): the body's length is unknown while Next streams.
      bytes: socket.bytesWritten - writtenBefore,
      cache: cache === undefined ? "-" : String(cache),
      ...(res.writableFinished ? {} : { aborted: true }),
    }, "request");
  });
}
