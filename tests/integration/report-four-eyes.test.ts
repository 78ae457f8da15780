// Four eyes: whoever submitted a report or saved its values last may not approve it, unless an administrator
// allowed single-person approval for the province; such approvals are marked in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { setSinglePersonApproval } from "@/lib/services/provinces/set-single-person-approval";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport, type Transition } from "@/lib/services/reports/transition";
import { readMigrations } from "@/prisma/migrate";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUser, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let editor: Actor, approver: Actor, approver2: Actor, admin: Actor;
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  ({ editor, approver, approver2, admin } = await makeUsers(db, {
    editor: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], approver2: ["PROVINCE_APPROVER", slug], admin: ["ADMIN"],
  }));
});
afterAll(() => db.$disconnect());

const save = (actor: Actor, year: number, version: number, values: Record<string, unknown>) => saveDraft(db, { actor, slug, year, body: { version, values } });
const step = (actor: Actor, year: number, transition: Transition) => transitionReport(db, { actor, slug, year, transition, body: transition === "submit" ? { confirmGaps: true } : {} });
const status = async (year: number) => (await sql<{ status: string }>(`SELECT status FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2`, [slug, year]))[0]?.status;
const lastApproval = async () => (await sql<{ after: Record<string, unknown> }>(`SELECT after FROM "AuditEntry" WHERE action = 'approve' ORDER BY id DESC LIMIT 1`))[0].after;

describe("four eyes on approval", () => {
  it("refuses an approver who entered, submitted and would approve the same report, changing nothing", async () => {
    await save(approver, 2016, 0, { coops_new: 12 });
    await step(approver, 2016, "submit");
    const err = await fail(step(approver, 2016, "approve"));
    expect(err.code).toBe("SELF_APPROVAL");
    expect(err.status).toBe(403);
    expect(err.message).toMatch(/may not approve/);
    expect(await status(2016)).toBe("SUBMITTED");
    // Another approver of the province may.
    await step(approver2, 2016, "approve");
    expect(await status(2016)).toBe("APPROVED");
    expect(await lastApproval()).not.toHaveProperty("singlePerson");
  });

  it("refuses the one who submitted another's draft, and the one who saved it last", async () => {
    await save(editor, 2017, 0, { coops_new: 10 });
    await step(approver, 2017, "submit");
    expect((await fail(step(approver, 2017, "approve"))).code).toBe("SELF_APPROVAL");

    await save(approver, 2023, 0, { coops_new: 10 });
    await step(editor, 2023, "submit");
    expect((await fail(step(approver, 2023, "approve"))).code).toBe("SELF_APPROVAL");
    // An edit by someone else after it moves the "last edited" on: the rule is about who saw it last.
    expect((await transitionReport(db, { actor: approver2, slug, year: 2023, transition: "return", body: { comment: "Kiểm tra lại" } })).report.status).toBe("DRAFT");
    await save(editor, 2023, 3, { coops_new: 11 });
    await step(editor, 2023, "submit");
    await step(approver, 2023, "approve");
    expect(await status(2023)).toBe("APPROVED");
  });

  it("lets an editor submit and an approver approve: the ordinary path", async () => {
    await saveDraft(db, { actor: editor, slug, year: 2019, body: { version: 0, values: { coops_new: 31 }, explanations: { coops_new: "Theo báo cáo của các huyện" } } });
    await step(editor, 2019, "submit");
    expect((await step(approver, 2019, "approve")).report.status).toBe("APPROVED");
  });

  it("applies to administrators too", async () => {
    await save(admin, 2020, 0, { coops_new: 20 });
    await step(admin, 2020, "submit");
    expect((await fail(step(admin, 2020, "approve"))).code).toBe("SELF_APPROVAL");
  });
});

describe("single-person approval, allowed by an administrator", () => {
  it("may be set by an administrator only, audited", async () => {
    for (const a of [editor, approver]) expect((await fail(setSinglePersonApproval(db, { actor: a, input: { slug, allowed: true } }))).code).toBe("FORBIDDEN");
    expect((await fail(setSinglePersonApproval(db, { actor: null, input: { slug, allowed: true } }))).code).toBe("NOT_SIGNED_IN");
    expect((await fail(setSinglePersonApproval(db, { actor: admin, input: { slug: "no-such", allowed: true } }))).code).toBe("NOT_FOUND");
    expect(await setSinglePersonApproval(db, { actor: admin, input: { slug, allowed: true } })).toEqual({ slug, allowed: true, changed: true });
    const [entry] = await sql<{ entity: string; action: string; before: unknown; after: unknown }>(`SELECT entity, action, before, after FROM "AuditEntry" WHERE entity = 'Province' ORDER BY id DESC LIMIT 1`);
    expect(entry).toEqual({ entity: "Province", action: "single-person-approval", before: { singlePersonApproval: false }, after: { singlePersonApproval: true } });
  });

  it("then lets one person submit and approve, and the audit log says so", async () => {
    await save(approver, 2021, 0, { coops_new: 21 });
    await step(approver, 2021, "submit");
    await step(approver, 2021, "approve");
    expect(await status(2021)).toBe("APPROVED");
    expect(await lastApproval()).toMatchObject({ status: "APPROVED", singlePerson: true });
    // Only in that province: Hà Giang still needs two people.
    const hg = await makeUser(db, "PROVINCE_APPROVER", "ha-giang");
    await saveDraft(db, { actor: hg, slug: "ha-giang", year: 2021, body: { version: 0, values: { coops_new: 5 } } });
    await transitionReport(db, { actor: hg, slug: "ha-giang", year: 2021, transition: "submit", body: { confirmGaps: true } });
    expect((await fail(transitionReport(db, { actor: hg, slug: "ha-giang", year: 2021, transition: "approve", body: {} }))).code).toBe("SELF_APPROVAL");
  });

  it("stops when the administrator withdraws it", async () => {
    await setSinglePersonApproval(db, { actor: admin, input: { slug, allowed: false } });
    await save(approver, 2022, 0, { coops_new: 22 });
    await step(approver, 2022, "submit");
    expect((await fail(step(approver, 2022, "approve"))).code).toBe("SELF_APPROVAL");
  });
});

describe("reports already in progress when the rule arrived", () => {
  it("get their last editor from the audit log (the migration's backfill)", async () => {
    await save(editor, 2024, 0, { coops_new: 3 });
    await save(approver, 2024, 1, { coops_new: 4 });
    await sql(`UPDATE "YearlyReport" SET "lastEditedById" = NULL WHERE year = 2024`);
    const migration = readMigrations().find((m) => m.name.endsWith("_four_eyes"))!;
    await sql(migration.sql.slice(migration.sql.indexOf(`UPDATE "YearlyReport"`)));
    const [r] = await sql<{ lastEditedById: number }>(`SELECT "lastEditedById" FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = 2024`, [slug]);
    expect(r.lastEditedById).toBe(approver.id);
    await step(editor, 2024, "submit");
    expect((await fail(step(approver, 2024, "approve"))).code).toBe("SELF_APPROVAL");
  });
});
