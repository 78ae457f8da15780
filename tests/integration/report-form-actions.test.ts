// How the report form's actions turn a service's failure into what the form shows: words in the page's
// language, the server's copy and its history on a conflict (even one the service could not describe), and
// nothing but a generic message for an unexpected error.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/authz";
import type { PrismaClient } from "../../lib/prisma-client";
import { ServiceError } from "../../lib/services/errors";
import { saveDraft } from "../../lib/services/reports/save-draft";
import { freshDemoDb } from "../support/db";
import { makeUser } from "../support/factories";
import { useRunDatabase } from "../support/routes";

let db: PrismaClient;
let editor: Actor, otherEditor: Actor;
let toFailure: typeof import("../../app/[locale]/(dashboard)/quan-ly/bao-cao/[slug]/[year]/action-result").toFailure;
const slug = "thai-nguyen";

beforeAll(async () => {
  db = await freshDemoDb();
  useRunDatabase();
  editor = await makeUser(db, "PROVINCE_EDITOR", slug);
  otherEditor = await makeUser(db, "PROVINCE_EDITOR", "ha-giang");
  ({ toFailure } = await import("../../app/[locale]/(dashboard)/quan-ly/bao-cao/[slug]/[year]/action-result"));
});
afterAll(() => db.$disconnect());

describe("a failed save as the form sees it", () => {
  it("a conflict carries the server's figures and who changed them, in the page's language", async () => {
    await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 0, values: { coops_total: 500 } } });
    await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 1, values: { coops_total: 510 } } });
    const err = await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 1, values: { coops_total: 520 } } }).catch((e) => e);
    const f = await toFailure(err, "en", { actor: editor, slug, year: 2021, version: 1 });
    expect(f).toMatchObject({ ok: false, code: "CONFLICT", current: { version: 2, status: "DRAFT", values: { coops_total: { value: 510 } } } });
    expect(f.message).toMatch(/^Someone else saved/);
    expect(f.changes.map((c) => [c.action, c.changed])).toEqual([["save", ["coops_total"]]]);
  });

  it("a race the service could not describe is looked up, for those who may read the draft only", async () => {
    const race = new ServiceError("CONFLICT", { current: null, changes: [] });
    const f = await toFailure(race, "vi", { actor: editor, slug, year: 2021, version: 0 });
    expect(f.current).toMatchObject({ version: 2, values: { coops_total: { value: 510, qualifier: "EXACT" } } });
    expect(f.changes.map((c) => c.action)).toEqual(["create", "save"]);
    expect((await toFailure(race, "vi", { actor: otherEditor, slug, year: 2021, version: 0 })).current).toBeNull();
  });

  it("field messages come in the page's language", async () => {
    const err = await saveDraft(db, { actor: editor, slug, year: 2021, body: { version: 2, values: { coops_total: 10, coops_new: 20 } } }).catch((e) => e);
    expect((await toFailure(err, "vi", { actor: editor, slug, year: 2021, version: 2 })).fields).toEqual([{ field: "coops_new", message: "Không được lớn hơn “HTX đang hoạt động”." }]);
    expect((await toFailure(err, "en", { actor: editor, slug, year: 2021, version: 2 })).fields).toEqual([{ field: "coops_new", message: "Cannot exceed \"Cooperatives operating\"." }]);
  });

  it("an unexpected error is logged and shown only as a generic message", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const f = await toFailure(new Error('relation "YearlyReport" does not exist'), "vi", { actor: editor, slug, year: 2021, version: 2 });
    expect(f).toMatchObject({ ok: false, code: "INTERNAL", current: null, fields: [] });
    expect(f.message).not.toMatch(/relation|YearlyReport/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
