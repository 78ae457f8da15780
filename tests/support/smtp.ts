// A real SMTP server on loopback for the mail tests (smtp-server), keeping every message it accepts as parsed by
// mailparser. It can answer slowly, and be stopped and started again on the same port (a server that was down).
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtp {
  /** smtp://127.0.0.1:PORT, for SMTP_URL. */
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Resolves once `n` messages have arrived (or fails after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startSmtp(opts: { port?: number; delayMs?: number; messages?: ParsedMail[] } = {}): Promise<TestSmtp> {
  const messages = opts.messages ?? [];
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, no login to check.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => setTimeout(() => {
          messages.push(mail);
          callback();
        }, opts.delayMs ?? 0),
        (err: Error) => callback(err),
      );
    },
  });
  server.on("error", () => {}); // a client that hung up mid-way
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    async waitFor(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > until) throw new Error(`waited for ${n} messages, ${messages.length} arrived`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
