// How the report form's actions turn a service's failure into what the form shows (decision 0026): words in the
// page's language, the server's copy and its history on a conflict (even one the service's transaction could
// not describe, looked up by the service for every caller), and nothing but a generic message for an
// unexpected error.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { ServiceError } from "@/lib/services/errors";
import { withServerCopy } from "@/lib/services/reports/conflict";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { freshDemoDb } from "@/tests/support/db";
import { makeUser } from "@/tests/support/factories";
import { useRunDatabase } from "@/tests/support/routes";

let db: PrismaClient;
let editor: Actor, otherEditor: Actor;
let toActionFailure: typeof import("@/lib/actions/failure").toActionFailure;
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  otherEditor = await makeUser(db, "PROVINCE_EDITOR", "ha-giang");
  ({ toActionFailure } = await import("@/lib/actions/failure"));
});
afterAll(() => db.$disconnect());

describe("a failed save as the form sees it", () => {
  it("a conflict carries the server's figures and who changed them, in the page's language", async () => {
    await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 0, values: { coops_total: 500 } } });
    await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 1, values: { coops_total: 510 } } });
    const err = await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 1, values: { coops_total: 520 } } }).catch((e) => e);
    const f = toActionFailure(err, { locale: "en" });
    expect(f).toMatchObject({ ok: false, code: "CONFLICT", current: { version: 2, status: "DRAFT", values: { coops_total: { value: 510 } } } });
    expect(f.message).toMatch(/^Someone else saved/);
    expect(f.changes.map((c) => [c.action, c.changed])).toEqual([["save", ["coops_total"]]]);
  });

  it("a race the transaction could not describe is looked up, for those who may read the draft only", async () => {
    const race = new ServiceError("CONFLICT", { current: null, changes: [] });
    const provinceId = (await db.province.findUniqueOrThrow({ where: { slug } })).id;
    const f = toActionFailure(await withServerCopy(db, race, { actor: editor, provinceId, year: 2021, version: 0 }), { locale: "vi" });
    expect(f.current).toMatchObject({ version: 2, values: { coops_total: { value: 510, qualifier: "EXACT" } } });
    expect(f.changes.map((c) => c.action)).toEqual(["create", "save"]);
    expect(toActionFailure(await withServerCopy(db, race, { actor: otherEditor, provinceId, year: 2021, version: 0 }), { locale: "vi" }).current).toBeNull();
  });

  it("field messages come in the page's language", async () => {
    const err = await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 2, values: { coops_total: 10, coops_new: 20 } } }).catch((e) => e);
    expect(toActionFailure(err, { locale: "vi" }).fields).toEqual([{ field: "coops_new", code: "EXCEEDS_TOTAL", message: "Không được lớn hơn “HTX đang hoạt động”." }]);
    expect(toActionFailure(err, { locale: "en" }).fields).toEqual([{ field: "coops_new", code: "EXCEEDS_TOTAL", message: "Cannot exceed \"Cooperatives operating\"." }]);
  });

  it("an unexpected error is logged and shown only as a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const f = toActionFailure(new Error('relation "YearlyReport" does not exist'), { locale: "vi" });
    expect(f).toMatchObject({ ok: false, code: "UNEXPECTED", current: null, fields: [] });
    expect(f.message).not.toMatch(/relation|YearlyReport/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
