// The notifications' mail (decision 0038) on a real Postgres and a real SMTP server on loopback: who gets which
// mail in which language, queued in the step's own transaction, sent by the worker once however many race, and
// never in the way of a save when the SMTP server is down or slow.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { queueMail } from "@/lib/services/mail/enqueue";
import { enqueueReminders } from "@/lib/services/mail/reminders";
import { transitionReport, type Transition } from "@/lib/services/reports/transition";
import { MailWorker, type MailWorkerOptions } from "@/server/mail-worker";
import { databaseUrl, freshDemoDb, sql } from "@/tests/support/db";
import { makeReport, makeUsers } from "@/tests/support/factories";
import { startSmtp, type TestSmtp } from "@/tests/support/smtp";

const BASE = "https://htx.example.gov.vn";
let db: PrismaClient;
let smtp: TestSmtp;
let u: Record<"editor" | "editor2" | "approver" | "approverEn" | "offApprover" | "hgEditor" | "admin", Actor & { email: string }>;
const saved = { SMTP_URL: process.env.SMTP_URL, PUBLIC_URL: process.env.PUBLIC_URL };
const workers: MailWorker[] = [];

function worker(o: Partial<MailWorkerOptions> = {}): MailWorker {
  const w = new MailWorker({ databaseUrl: databaseUrl(), smtpUrl: smtp.url, from: "HTX Dashboard <no-reply@htx.example.gov.vn>", log: () => {}, ...o });
  workers.push(w);
  return w;
}
const step = (actor: Actor, slug: string, year: number, transition: Transition, body: Record<string, unknown> = {}) =>
  transitionReport(db, { actor, slug, year, transition, body: transition === "submit" ? { confirmGaps: true, ...body } : body });
const outbox = () => sql<{ kind: string; toAddress: string; locale: string; sentAt: Date | null; attempts: number; lastError: string | null; dedupeKey: string }>(
  `SELECT kind, "toAddress", locale, "sentAt", attempts, "lastError", "dedupeKey" FROM "OutboxMail" ORDER BY id`,
);
const to = (m: { to?: unknown }) => (m.to as { value: { address: string }[] }).value[0].address;

beforeAll(async () => {
  db = await freshDemoDb();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.PUBLIC_URL = BASE;
  u = await makeUsers(db, {
    editor: ["PROVINCE_EDITOR", "thai-nguyen"], editor2: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"],
    approverEn: ["PROVINCE_APPROVER", "ha-giang"], offApprover: ["PROVINCE_APPROVER", "thai-nguyen"], hgEditor: ["PROVINCE_EDITOR", "ha-giang"], admin: ["ADMIN"],
  });
  await db.user.update({ where: { id: u.approverEn.id }, data: { locale: "en" } });
  await db.user.update({ where: { id: u.offApprover.id }, data: { disabled: true } });
});
afterEach(async () => {
  while (workers.length) await workers.pop()!.stop();
  await sql(`DELETE FROM "OutboxMail"`);
  smtp.messages.length = 0;
});
afterAll(async () => {
  Object.assign(process.env, saved);
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  await smtp.close();
  await db.$disconnect();
});

describe("mail of a report's steps", () => {
  it("submit: one mail to the province's approver, in Vietnamese, naming province, year and action, with the absolute link", async () => {
    await makeReport(db, "thai-nguyen", 2023, "DRAFT");
    await step(u.editor, "thai-nguyen", 2023, "submit");
    // Queued with the step (the disabled approver and the editor who acted get none), sent by the worker.
    expect((await outbox()).map((r) => [r.kind, r.toAddress, r.locale, r.sentAt])).toEqual([["submit", u.approver.email, "vi", null]]);
    expect(await worker().drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(to(mail)).toBe(u.approver.email);
    expect(mail.subject).toBe("[HTX Dashboard] Thái Nguyên: báo cáo năm 2023 chờ duyệt");
    expect(mail.text).toContain("đã gửi duyệt báo cáo năm 2023 của Thái Nguyên");
    expect(mail.text).toContain(`Mở báo cáo: ${BASE}/quan-ly/bao-cao/thai-nguyen/2023`);
    expect(mail.from?.text).toContain("no-reply@htx.example.gov.vn");
    expect((await outbox())[0].sentAt).not.toBeNull();
  });

  it("in English, with the English page's link, for a user who chose English", async () => {
    await makeReport(db, "ha-giang", 2023, "DRAFT");
    await step(u.hgEditor, "ha-giang", 2023, "submit");
    await worker().drain();
    const [mail] = await smtp.waitFor(1);
    expect(to(mail)).toBe(u.approverEn.email);
    expect(mail.subject).toBe("[HTX Dashboard] Hà Giang: the 2023 report awaits approval");
    expect(mail.text).toContain(`Open the report: ${BASE}/en/quan-ly/bao-cao/ha-giang/2023`);
  });

  it("return and approval go to the editors and whoever submitted; a reopening to editors and approvers", async () => {
    await makeReport(db, "thai-nguyen", 2022, "DRAFT");
    await step(u.editor, "thai-nguyen", 2022, "submit");
    await step(u.approver, "thai-nguyen", 2022, "return", { comment: "Thiếu số HTX nông nghiệp" });
    const returned = (await outbox()).filter((r) => r.kind === "return");
    expect(returned.map((r) => r.toAddress).sort()).toEqual([u.editor.email, u.editor2.email].sort());
    await step(u.editor2, "thai-nguyen", 2022, "submit");
    await step(u.approver, "thai-nguyen", 2022, "approve");
    expect((await outbox()).filter((r) => r.kind === "approve").map((r) => r.toAddress).sort()).toEqual([u.editor.email, u.editor2.email].sort());
    await step(u.admin, "thai-nguyen", 2022, "reopen", { comment: "Bổ sung số HTX giải thể" });
    expect((await outbox()).filter((r) => r.kind === "reopen").map((r) => r.toAddress).sort()).toEqual([u.editor.email, u.editor2.email, u.approver.email].sort());

    await worker().drain();
    const mails = await smtp.waitFor((await outbox()).length);
    const returnMail = mails.find((m) => m.subject?.includes("bị trả lại") && to(m) === u.editor.email)!;
    expect(returnMail.text).toContain("Ý kiến: Thiếu số HTX nông nghiệp");
    expect(returnMail.text).toContain(`${BASE}/quan-ly/bao-cao/thai-nguyen/2022`);
    expect(mails.find((m) => m.subject?.includes("được mở lại"))!.text).toContain("Lý do: Bổ sung số HTX giải thể");
    expect(mails.some((m) => m.subject === "[HTX Dashboard] Thái Nguyên: báo cáo năm 2022 đã được duyệt")).toBe(true);
  });

  it("queues nothing when the step fails: the mail commits with the change or not at all", async () => {
    await makeReport(db, "thai-nguyen", 2021, "DRAFT");
    await expect(step(u.approver, "thai-nguyen", 2021, "approve")).rejects.toMatchObject({ code: "BAD_STATE" });
    expect(await outbox()).toEqual([]);
  });
});

describe("the deadline reminder", () => {
  it("goes once to each editor of a province that has not submitted, however often the sweep runs", async () => {
    const now = new Date("2026-12-18T03:00:00Z"); // three days before 21 December 2026, in Hà Nội
    await makeReport(db, "ha-giang", 2026, "SUBMITTED");
    const first = await enqueueReminders(db, now);
    expect(first).toBeGreaterThan(0);
    expect(await enqueueReminders(db, now)).toBe(0);
    const rows = await outbox();
    expect(rows.filter((r) => r.toAddress === u.editor.email).map((r) => r.dedupeKey)).toHaveLength(1);
    expect(rows.find((r) => r.toAddress === u.editor.email)!.dedupeKey).toMatch(/^reminder:\d+:2026:2026-12-21:\d+$/);
    expect(rows.some((r) => r.toAddress === u.hgEditor.email)).toBe(false); // submitted
    expect(rows.some((r) => r.toAddress === u.approver.email)).toBe(false); // editors only
    // Too early: a week before, nothing.
    await sql(`DELETE FROM "OutboxMail"`);
    expect(await enqueueReminders(db, new Date("2026-12-10T03:00:00Z"))).toBe(0);
    await enqueueReminders(db, now);
    await worker().drain();
    const mail = (await smtp.waitFor(2)).find((m) => to(m) === u.editor.email)!;
    expect(mail.subject).toBe("[HTX Dashboard] Thái Nguyên: báo cáo năm 2026 đến hạn ngày 21/12/2026");
    expect(mail.text).toContain(`${BASE}/quan-ly/bao-cao/thai-nguyen/2026`);
  });
});

describe("the worker", () => {
  const fake = (n: number) => Array.from({ length: n }, (_, i) => ({
    key: `test:${i}`, reportId: null,
    to: { id: i, name: `Người ${i}`, email: `user${i}@test.local`, locale: "vi" },
    facts: { kind: "submit" as const, province: "Thái Nguyên", slug: "thai-nguyen", year: 2024, actor: "A" },
  }));

  it("sends each mail once when two workers race for the same outbox", async () => {
    await db.$transaction((tx) => queueMail(tx, fake(30)));
    const [a, b] = await Promise.all([worker().drain(), worker().drain()]);
    expect(a + b).toBe(30);
    await smtp.waitFor(30);
    await new Promise((r) => setTimeout(r, 300));
    const addresses = smtp.messages.map(to);
    expect(addresses).toHaveLength(30);
    expect(new Set(addresses).size).toBe(30);
    expect((await outbox()).every((r) => r.sentAt !== null && r.attempts === 1)).toBe(true);
  });

  it("with the SMTP server down, the save succeeds; the mail is retried, then sent when the server is back", async () => {
    const port = smtp.port;
    await smtp.close();
    try {
      await makeReport(db, "thai-nguyen", 2020, "DRAFT");
      const started = Date.now();
      await step(u.editor, "thai-nguyen", 2020, "submit");
      expect(Date.now() - started).toBeLessThan(5000);
      const w = worker({ backoffMs: () => 200 });
      expect(await w.drain()).toBe(0);
      const [failed] = await outbox();
      expect(failed).toMatchObject({ attempts: 1, sentAt: null });
      expect(failed.lastError).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      smtp = await startSmtp({ port, messages: smtp.messages });
    }
    await new Promise((r) => setTimeout(r, 250)); // past the backoff
    expect(await workers[0].drain()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(to(mail)).toBe(u.approver.email);
    expect((await outbox())[0]).toMatchObject({ attempts: 2, lastError: null });
  });

  it("never holds a save while the SMTP server is slow, and gives up after its attempts, keeping the row", async () => {
    const slow = await startSmtp({ delayMs: 3000 });
    try {
      await db.$transaction((tx) => queueMail(tx, fake(1)));
      const w = worker({ smtpUrl: slow.url, smtpTimeoutMs: 1000, maxAttempts: 2, backoffMs: () => 0 });
      const sending = w.drain();
      await new Promise((r) => setTimeout(r, 200)); // the worker is waiting for the slow server now
      await makeReport(db, "thai-nguyen", 2019, "DRAFT");
      const started = Date.now();
      await step(u.editor, "thai-nguyen", 2019, "submit");
      expect(Date.now() - started).toBeLessThan(2000); // the server takes 3 s a mail: the save never waited for it
      expect(await sending).toBe(0); // timed out, both attempts (the submit's mail went the same way)
      const rows = await outbox();
      expect(rows.map((r) => [r.attempts, r.sentAt])).toEqual([[2, null], [2, null]]);
      expect(rows[0].lastError).toMatch(/timeout/i);
      expect(await w.drain()).toBe(0); // given up: not claimed again
      expect((await outbox()).map((r) => r.attempts)).toEqual([2, 2]);
    } finally {
      await slow.close();
    }
  });

  // The embedded database's one shared session passes no NOTIFY between connections: there the poll does it.
  it.skipIf(inject("databaseKind") !== "server")("is woken by the NOTIFY of the queuing transaction, without waiting for its poll", async () => {
    const w = worker({ pollMs: 60_000 });
    w.start();
    await new Promise((r) => setTimeout(r, 300)); // listening
    await db.$transaction((tx) => queueMail(tx, fake(1)));
    await smtp.waitFor(1, 5000);
  });
});

describe("without SMTP_URL", () => {
  it("queues and sends nothing, and the steps work as ever", async () => {
    delete process.env.SMTP_URL;
    try {
      await makeReport(db, "thai-nguyen", 2018, "DRAFT");
      await step(u.editor, "thai-nguyen", 2018, "submit");
      expect(await enqueueReminders(db, new Date("2026-12-18T03:00:00Z"))).toBe(0);
      expect(await outbox()).toEqual([]);
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
  });
});
