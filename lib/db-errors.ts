// Whether an error means the database cannot be used right now (down, unreachable, frozen, too slow), as opposed
// to a bug: those are answered 503 "try again shortly" rather than 500. Prisma wraps some driver errors and
// passes others through as node-postgres raised them, so the whole chain of causes is looked at.

/** Prisma's codes for a server it cannot reach or that did not answer in time (P2024: no free connection). */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Postgres: query_canceled (statement_timeout), admin_shutdown, crash_shutdown, cannot_connect_now; class 08. */
const POSTGRES_CODES = /^(57014|57P01|57P02|57P03|08\w{3})$/;
/** What node-postgres and Node's sockets say when a connection fails or times out. */
const MESSAGES = /Query read timeout|timeout exceeded when trying to connect|Connection terminated|ECONNREFUSED|ECONNRESET|ETIMEDOUT|DatabaseNotReachable|statement timeout|the database system is (starting up|shutting down)/i;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || POSTGRES_CODES.test(e.code) || NODE_CODES.has(e.code))) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}
