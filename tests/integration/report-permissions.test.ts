// Every mutating action × every role × own and another province: allowed or refused, and a refused call
// changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { ServiceError } from "@/lib/services/errors";
import { deleteDraft } from "@/lib/services/reports/delete-draft";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { transitionReport, type Transition } from "@/lib/services/reports/transition";
import { freshDemoDb, sql } from "@/tests/support/db";
import { makeReport, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let actors: Record<string, Actor>;
const YEAR = 2021;

beforeAll(async () => {
  db = await freshDemoDb();
  actors = await makeUsers(db, { admin: ["ADMIN"], committee: ["COMMITTEE"], editor: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"] });
});
afterAll(() => db.$disconnect());

type Mutation = { from: ReportStatus; run: (actor: Actor, slug: string) => Promise<unknown> };
const transition = (t: Transition, body: unknown = {}) => (actor: Actor, slug: string) => transitionReport(db, { actor, slug, year: YEAR, transition: t, body });
const mutations: Record<string, Mutation> = {
  "save a draft": { from: "DRAFT", run: (actor, slug) => saveDraft(db, { actor, slug, year: YEAR, body: { version: 1, values: { coops_new: 31 } } }) },
  submit: { from: "DRAFT", run: transition("submit", { confirmGaps: true }) },
  "delete a draft": { from: "DRAFT", run: (actor, slug) => deleteDraft(db, { actor, slug, year: YEAR, body: { version: 1 } }) },
  approve: { from: "SUBMITTED", run: transition("approve") },
  return: { from: "SUBMITTED", run: transition("return", { comment: "Thiếu số liệu thành viên" }) },
  reopen: { from: "APPROVED", run: transition("reopen", { comment: "Sửa số HTX mới theo báo cáo bổ sung" }) },
};
// [own province (Thái Nguyên), another province (Hà Giang)]
const allowed: Record<string, Record<string, [boolean, boolean]>> = {
  "save a draft": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  submit: { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  "delete a draft": { admin: [true, true], committee: [false, false], editor: [true, false], approver: [true, false] },
  approve: { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  return: { admin: [true, true], committee: [false, false], editor: [false, false], approver: [true, false] },
  reopen: { admin: [true, true], committee: [false, false], editor: [false, false], approver: [false, false] },
};

async function state(slug: string) {
  return sql(
    `SELECT r.status, r.version, r."approvedAt", r."returnComment", (SELECT json_agg(v.value ORDER BY v.id) FROM "ReportValue" v WHERE v."reportId" = r.id) AS vals,
            (SELECT count(*) FROM "AuditEntry" a WHERE a."entityId" = r.id::text) AS audits
     FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2`,
    [slug, YEAR],
  );
}

describe("who may change a yearly report", () => {
  for (const [name, m] of Object.entries(mutations)) {
    for (const [role, [own, other]] of Object.entries(allowed[name])) {
      for (const [slug, ok] of [["thai-nguyen", own], ["ha-giang", other]] as const) {
        it(`${role} ${ok ? "may" : "may not"} ${name} in ${slug}`, async () => {
          await makeReport(db, slug, YEAR, m.from);
          const before = await state(slug);
          if (ok) {
            await expect(m.run(actors[role], slug)).resolves.toBeTruthy();
            expect(await state(slug)).not.toEqual(before);
          } else {
            const err = await m.run(actors[role], slug).catch((e) => e);
            expect(err).toBeInstanceOf(ServiceError);
            expect((err as ServiceError).code).toBe("FORBIDDEN");
            expect(await state(slug)).toEqual(before);
          }
        });
      }
    }
  }

  it("refuses anyone not signed in, changing nothing", async () => {
    await makeReport(db, "thai-nguyen", YEAR, "DRAFT");
    const before = await state("thai-nguyen");
    const err = await saveDraft(db, { actor: null, slug: "thai-nguyen", year: YEAR, body: { version: 1, values: { coops_new: 1 } } }).catch((e) => e);
    expect(err.code).toBe("NOT_SIGNED_IN");
    expect(await state("thai-nguyen")).toEqual(before);
  });

  it("takes the province from the record, not from anything in the request", async () => {
    await makeReport(db, "ha-giang", YEAR, "DRAFT");
    await makeReport(db, "thai-nguyen", YEAR, "DRAFT");
    const before = await state("ha-giang");
    // A valid body the editor could send for their own province: only the record's province can refuse it.
    const valid = { version: 1, values: { coops_new: 5 } };
    await expect(saveDraft(db, { actor: actors.editor, slug: "thai-nguyen", year: YEAR, body: valid })).resolves.toBeTruthy();
    const err = await saveDraft(db, { actor: actors.editor, slug: "ha-giang", year: YEAR, body: valid }).catch((e) => e);
    expect(err).toBeInstanceOf(ServiceError);
    expect((err as ServiceError).code).toBe("FORBIDDEN");
    // A body cannot name a province at all: the schema refuses fields it does not know.
    const claiming = { ...valid, provinceId: actors.editor.provinceId, province: "thai-nguyen" };
    expect((await saveDraft(db, { actor: actors.editor, slug: "ha-giang", year: YEAR, body: claiming }).catch((e) => e)).code).toBe("INVALID");
    expect(await state("ha-giang")).toEqual(before);
  });
});
