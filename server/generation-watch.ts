// How this process learns the published generation (lib/cache/generation.ts): a dedicated connection that
// LISTENs on htx_public_generation, reconnecting with backoff when it drops, and a cheap poll of the row as the
// fallback for a missed message or a dead connection, and a read on demand before each public request that the
// response cache may answer (fresh()) (and for the embedded database, whose one shared session
// does not pass NOTIFY from one client connection to another). Postgres delivers NOTIFY at commit, so neither
// path can announce a generation whose data is not yet visible (docs/decisions/0016-one-cache.md).
import pg from "pg";
import { GENERATION_CHANNEL } from "@/lib/cache/generation";

export interface WatchOptions {
  databaseUrl: string;
  /** Called with every generation read or heard; the receiver ignores values it already has. */
  onGeneration: (generation: bigint) => void;
  /** How often the row is read, in ms (HTX_GENERATION_POLL_MS, default 1000). */
  pollMs?: number;
  log?: (message: string) => void;
}

const READ = `SELECT value FROM "PublicGeneration" WHERE id = 1`;
const MAX_BACKOFF_MS = 10_000;
/**
 * The longest a public request waits for fresh(): then the poll's and NOTIFY's knowledge stands, and until a read
 * succeeds again requests do not wait at all (a hung database must not slow every cached page).
 */
const FRESH_WAIT_MS = 250;

export class GenerationWatch {
  private listener: pg.Client | null = null;
  private readonly poller: pg.Pool;
  private pollTimer: NodeJS.Timeout | null = null;
  private backoffMs = 250;
  private stopped = false;
  /** The read of the generation on its way now, and the one queued to begin after it (fresh()). */
  private reading: Promise<void> | null = null;
  private queued: { read: Promise<void>; bounded: Promise<void> } | null = null;
  /** A read took longer than FRESH_WAIT_MS and none has succeeded since: requests do not wait for reads. */
  private unanswered = false;

  constructor(private readonly options: WatchOptions) {
    // One pooled connection: the pool replaces it by itself when it dies.
    this.poller = new pg.Pool({ connectionString: options.databaseUrl, max: 1, connectionTimeoutMillis: 5000, query_timeout: 5000, idleTimeoutMillis: 0, application_name: "htx-generation-poll" });
    this.poller.on("error", () => {}); // an idle connection that died: the next query opens another
  }

  /** Reads the generation once (so the cache starts knowing it), then listens and polls. */
  async start(): Promise<void> {
    await this.poll();
    void this.listen();
    const every = this.options.pollMs ?? 1000;
    const tick = () => {
      this.pollTimer = setTimeout(() => void this.poll().finally(() => !this.stopped && tick()), every);
      this.pollTimer.unref();
    };
    tick();
  }

  /**
   * Resolves once a read of the generation that began after this call has been handed on (or has failed): a
   * public request that waits for it sees every change committed before it arrived, on any instance, without
   * waiting for NOTIFY. Requests that arrive while a read is on its way share the one read after it, so a busy
   * process makes about one query per round trip, not one per request.
   */
  fresh(): Promise<void> {
    if (this.unanswered) {
      if (!this.reading) void this.readNow();
      return Promise.resolve();
    }
    if (!this.reading) return this.bounded(this.readNow());
    // The read on its way may have begun before a commit this request already sees: wait for the next one.
    if (!this.queued) {
      const next = this.reading.then(() => {
        this.queued = null;
        return this.readNow();
      });
      this.queued = { read: next, bounded: this.bounded(next) };
    }
    return this.queued.bounded;
  }

  private readNow(): Promise<void> {
    const read = this.poll().then((answered) => {
      if (answered) this.unanswered = false;
    }).finally(() => {
      if (this.reading === read) this.reading = null;
    });
    this.reading = read;
    return read;
  }

  /** A database slower than FRESH_WAIT_MS (or down) must not hold the public pages: they go out as known then. */
  private bounded(read: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.unanswered = true;
        resolve();
      }, FRESH_WAIT_MS);
      timer.unref();
    });
    return Promise.race([read, late]).finally(() => clearTimeout(timer));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    await Promise.allSettled([this.listener?.end(), this.poller.end()]);
  }

  /** Reads the row and hands the value on; false when the database did not answer. */
  private async poll(): Promise<boolean> {
    try {
      const { rows } = await this.poller.query<{ value: string }>(READ);
      if (rows[0]) this.options.onGeneration(BigInt(rows[0].value));
      return true;
    } catch (err) {
      this.options.log?.(`generation poll failed: ${(err as Error).message}`);
      return false;
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.databaseUrl, connectionTimeoutMillis: 5000, application_name: "htx-generation-listen" });
    this.listener = client;
    let retried = false;
    const retry = (why: string) => {
      if (retried || this.stopped) return;
      retried = true;
      this.options.log?.(`generation listener lost (${why}); again in ${this.backoffMs} ms`);
      client.removeAllListeners("notification");
      void client.end().catch(() => {});
      setTimeout(() => void this.listen(), this.backoffMs).unref();
      this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    };
    client.on("error", (err) => retry(err.message));
    client.on("end", () => retry("connection ended"));
    client.on("notification", (msg) => {
      if (msg.channel !== GENERATION_CHANNEL || !msg.payload || !/^\d+$/.test(msg.payload)) return;
      this.options.onGeneration(BigInt(msg.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${GENERATION_CHANNEL}`);
      this.backoffMs = 250;
      await this.poll(); // whatever was published while no one listened
    } catch (err) {
      retry((err as Error).message);
    }
  }
}
