// A TCP proxy in front of a database that a test can freeze: while frozen it accepts connections and bytes but
// forwards nothing either way, as a database server that hangs (stopped, or a network that drops packets) does.
import net from "node:net";

export interface FreezableProxy {
  /** The database URL, through the proxy. */
  url: string;
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function freezableProxy(databaseUrl: string): Promise<FreezableProxy> {
  const target = new URL(databaseUrl);
  let frozen = false;
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  // While frozen, bytes are held back, not lost: thawing delivers them, as a resumed server would.
  const pipe = (from: net.Socket, to: net.Socket) => {
    const held: Buffer[] = [];
    from.on("data", (d: Buffer) => (frozen ? held.push(d) : to.write(d)));
    return () => {
      for (const d of held.splice(0)) to.write(d);
    };
  };
  const flushes = new Set<() => void>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    track(client);
    track(upstream);
    flushes.add(pipe(client, upstream));
    flushes.add(pipe(upstream, client));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    freeze: () => void (frozen = true),
    thaw: () => {
      frozen = false;
      for (const f of flushes) f();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Points the app's own client (lib/db, kept on globalThis) at a freezable proxy of the test database, with any
 * extra environment (timeouts); `close` puts everything back. Import the modules under test after this.
 */
export async function appDbBehindProxy(databaseUrl: string, env: Record<string, string> = {}): Promise<{ proxy: FreezableProxy; close: () => Promise<void> }> {
  const g = globalThis as { __htxDb?: { $disconnect(): Promise<void> } };
  const proxy = await freezableProxy(databaseUrl);
  Object.assign(process.env, { DATABASE_URL: proxy.url, ...env });
  g.__htxDb = undefined;
  return {
    proxy,
    close: async () => {
      proxy.thaw();
      await g.__htxDb?.$disconnect();
      g.__htxDb = undefined;
      await proxy.close();
    },
  };
}
