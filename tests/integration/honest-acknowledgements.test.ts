// Nothing after a commit may turn a committed write into an error answer. During a Postgres restart the
// draft save once answered "nothing was saved" for drafts that were saved: it read last year's values after
// its transaction. Here every write service runs on a client whose queries outside a transaction fail from
// the moment a transaction has committed (as they would with the database going away right then); each must
// still answer success, and its write must be there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { importRegister } from "@/lib/services/import/register-import";
import { importReport } from "@/lib/services/import/report-import";
import { setSinglePersonApproval } from "@/lib/services/provinces/set-single-person-approval";
import { dissolveUnit } from "@/lib/services/register/dissolve-unit";
import { createUnit, updateUnit } from "@/lib/services/register/save-unit";
import { deleteDraft } from "@/lib/services/reports/delete-draft";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport } from "@/lib/services/reports/transition";
import { createTerm } from "@/lib/services/targets/create-term";
import { deleteTarget } from "@/lib/services/targets/delete-target";
import { saveTarget } from "@/lib/services/targets/save-target";
import { createUser } from "@/lib/services/users/create-user";
import { setUserDisabled } from "@/lib/services/users/set-user-disabled";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { registerCsv } from "./import-helpers";

let db: PrismaClient;
let editor: Actor, approver: Actor, admin: Actor;
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  approver = await makeUser(db, "PROVINCE_APPROVER", slug);
  admin = await makeUser(db, "ADMIN");
});
afterAll(() => db.$disconnect());

/** The client, except that once a transaction has committed, every query outside one fails. */
function databaseGoneAfterCommit(real: PrismaClient): PrismaClient {
  let committed = false;
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop === "$transaction") {
        return async (...args: unknown[]) => {
          const result = await (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
          committed = true;
          return result;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      if (committed && typeof prop === "string" && !prop.startsWith("$") && value && typeof value === "object") {
        throw new Error("Connection terminated unexpectedly (injected after the commit)");
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Runs one write on a fresh failing client: it must resolve. */
const after = <T>(write: (db: PrismaClient) => Promise<T>) => write(databaseGoneAfterCommit(db));
const reportStatus = async (year: number) => (await sql<{ status: string; version: number }>(`SELECT status, version FROM "YearlyReport" WHERE year = $1 AND "provinceId" = (SELECT id FROM "Province" WHERE slug = $2)`, [year, slug]))[0];

describe("a write that committed answers success, whatever fails after the commit", () => {
  it("saves a draft (create and save) and answers with it and its warnings", async () => {
    await saveDraft(db, { actor: editor, slug, year: 2019, body: { version: 0, values: { coops_total: 100 } } });
    const created = await after((d) => saveDraft(d, { actor: editor, slug, year: 2020, body: { version: 0, values: { coops_total: 900 } } }));
    expect(created.report).toMatchObject({ year: 2020, version: 1 });
    expect(created.warnings).toEqual([{ field: "coops_total", previous: 100, year: 2019, value: 900 }]);
    const saved = await after((d) => saveDraft(d, { actor: editor, slug, year: 2020, body: { version: 1, values: { coops_total: 901 }, explanations: { coops_total: "Sáp nhập các xã" } } }));
    expect(saved.report.version).toBe(2);
    expect(await reportStatus(2020)).toEqual({ status: "DRAFT", version: 2 });
  });

  it("submits, approves and deletes", async () => {
    await after((d) => transitionReport(d, { actor: editor, slug, year: 2020, transition: "submit", body: { confirmGaps: true } }));
    await after((d) => transitionReport(d, { actor: approver, slug, year: 2020, transition: "approve", body: {} }));
    expect(await reportStatus(2020)).toMatchObject({ status: "APPROVED" });
    await after((d) => deleteDraft(d, { actor: editor, slug, year: 2019, body: {} }));
    expect(await reportStatus(2019)).toBeUndefined();
    await after((d) => setSinglePersonApproval(d, { actor: admin, input: { slug, allowed: true } }));
  });

  it("imports a report", async () => {
    const csv = Buffer.from("\uFEFFMã chỉ tiêu,Giá trị\r\ncoops_new,3\r\n", "utf8");
    const r = await after((d) => importReport(d, { actor: editor, slug, year: 2021, file: { name: "a.csv", bytes: new Uint8Array(csv) }, locale: "vi", commit: true, version: 0, onProgress: () => undefined }));
    expect(r.created).toBe(1);
    expect(await reportStatus(2021)).toMatchObject({ status: "DRAFT" });
  });

  it("writes terms and targets", async () => {
    await after((d) => createTerm(d, { actor: editor, slug, body: { startYear: 2025, endYear: 2030 } }));
    const t = await after((d) => saveTarget(d, { actor: editor, slug, startYear: 2025, endYear: 2030, body: { indicator: "coops_new", kind: "ANNUAL", min: 30 } }));
    await after((d) => deleteTarget(d, { actor: editor, slug, startYear: 2025, endYear: 2030, id: t.id }));
    expect(await db.target.count({ where: { id: t.id } })).toBe(0);
  });

  it("writes the register, and imports it", async () => {
    const u = await after((d) => createUnit(d, { actor: editor, slug, body: { name: "HTX Sau Cam Kết", type: "HTX", sector: "AGRICULTURE", foundedYear: 2020 } }));
    await after((d) => updateUnit(d, { actor: editor, id: u.id, body: { name: "HTX Sau Cam Kết", type: "HTX", sector: "TRADE_SERVICE", foundedYear: 2020 } }));
    await after((d) => dissolveUnit(d, { actor: editor, id: u.id, body: { year: 2024 } }));
    expect(await db.registerUnit.findUnique({ where: { id: u.id }, select: { sector: true, dissolvedYear: true } })).toEqual({ sector: "TRADE_SERVICE", dissolvedYear: 2024 });
    const r = await after((d) => importRegister(d, { actor: editor, slug, file: { name: "r.csv", bytes: new Uint8Array(registerCsv("HTX Nhập Sau Cam Kết,HTX,Nông nghiệp,,,2019,,,,,,")) }, locale: "vi", commit: true }));
    expect(r.created).toBe(1);
  });

  it("writes users", async () => {
    const u = await after((d) => createUser(d, { actor: admin, input: { email: "sau.cam.ket@test.local", name: "Sau Cam Kết", role: "COMMITTEE", password: "mot-mat-khau-du-dai" } }));
    await after((d) => setUserDisabled(d, { actor: admin, input: { userId: u.id, disabled: true } }));
    expect(await db.user.findUnique({ where: { id: u.id }, select: { disabled: true } })).toEqual({ disabled: true });
  });
});
