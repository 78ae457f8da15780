// Two people saving the same report on a real Postgres (decision 0041): a save that sends its base keeps what
// others saved since in the fields it did not touch; only a field both changed is a conflict, named with both
// figures; concurrent saves lose nothing; a body without base behaves as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { saveDraft } from "@/lib/services/reports/save-draft";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUsers } from "@/tests/support/factories";

const slug = "thai-nguyen";
let db: PrismaClient;
let users: Record<"editor" | "editor2" | "approver" | "admin", Actor>;

beforeAll(async () => {
  db = await freshDemoDb();
  users = await makeUsers(db, { editor: ["PROVINCE_EDITOR", slug], editor2: ["PROVINCE_EDITOR", slug], approver: ["PROVINCE_APPROVER", slug], admin: ["ADMIN"] });
});
afterAll(() => db.$disconnect());

type Plain = Record<string, number>;
const save = (actor: Actor, year: number, version: number, values: Plain, base?: Plain) =>
  saveDraft(db, { actor, slug, year, body: { version, values, ...(base ? { base } : {}) } });
/** A report created with `base`, then saved by someone else as `theirs`: the copy everyone else started from is now stale. */
const staleAfter = async (year: number, base: Plain, theirs: Plain) => {
  await save(users.editor, year, 0, base);
  await save(users.editor, year, 1, theirs, base);
};
const stored = async (year: number) => Object.fromEntries((await sql<{ code: string; value: string }>(
  `SELECT i.code, v.value::text FROM "ReportValue" v JOIN "Indicator" i ON i.id = v."indicatorId" JOIN "YearlyReport" r ON r.id = v."reportId"
    JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = $2 ORDER BY 1`, [slug, year])).map((r) => [r.code, Number(r.value)]));

describe("two saves from the same version", () => {
  it("changing different fields: both kept, no conflict, and the answer carries the merged values", async () => {
    const base = { coops_total: 500, coops_new: 30, members: 9000 };
    await staleAfter(2015, base, { ...base, coops_total: 510 });
    const second = await save(users.editor2, 2015, 1, { ...base, members: 9500 }, base);
    expect(second.report.version).toBe(3);
    expect(second.values).toMatchObject({ coops_total: { value: 510 }, members: { value: 9500 } });
    expect(await stored(2015)).toEqual({ coops_new: 30, coops_total: 510, members: 9500 });
    // The audit log says what this save changed, and what it kept of the other person's.
    const [last] = await sql<{ after: { changed: string[]; kept: string[] } }>(`SELECT after FROM "AuditEntry" WHERE entity = 'YearlyReport' ORDER BY id DESC LIMIT 1`);
    expect(last.after).toMatchObject({ changed: ["members"], kept: ["coops_total"] });
  });

  it("changing the same field to different figures: a conflict naming the field, with both figures and who saved theirs", async () => {
    const base = { coops_total: 600, coops_new: 20 };
    await staleAfter(2016, base, { coops_total: 610, coops_new: 21 });
    const err = await fail(save(users.approver, 2016, 1, { coops_total: 620, coops_new: 20 }, base));
    expect(err.code).toBe("CONFLICT");
    expect(err.details.conflicts).toEqual([{
      field: "coops_total", base: { value: 600, qualifier: "EXACT", high: null }, mine: { value: 620, qualifier: "EXACT", high: null },
      theirs: { value: 610, qualifier: "EXACT", high: null }, by: expect.stringContaining("PROVINCE_EDITOR"), at: expect.any(String),
    }]);
    expect(err.details.current.version).toBe(2);
    expect(await stored(2016)).toEqual({ coops_new: 21, coops_total: 610 });
    // Resolved against the new version: exactly what was chosen is saved, nothing else reverted.
    const current = { coops_total: 610, coops_new: 21 };
    await save(users.approver, 2016, 2, { coops_total: 620, coops_new: 21 }, current);
    expect(await stored(2016)).toEqual({ coops_new: 21, coops_total: 620 });
  });

  it("both changing a field to the same figure is no conflict", async () => {
    const base = { coops_total: 700 };
    await staleAfter(2017, base, { coops_total: 705 });
    await save(users.editor2, 2017, 1, { coops_total: 705, coops_new: 3 }, base);
    expect(await stored(2017)).toEqual({ coops_new: 3, coops_total: 705 });
  });

  it("a merge that breaks a rule between fields is refused, naming the field", async () => {
    const base = { coops_total: 100, coops_new: 10 };
    await staleAfter(2008, base, { coops_total: 40, coops_new: 10 });
    const err = await fail(save(users.editor2, 2008, 1, { coops_total: 100, coops_new: 50 }, base));
    expect(err.code).toBe("INVALID");
    expect(err.details.fields).toEqual([expect.objectContaining({ field: "coops_new", code: "EXCEEDS_TOTAL" })]);
    expect(await stored(2008)).toEqual({ coops_new: 10, coops_total: 40 });
  });

  it("four concurrent saves of different fields lose nothing", async () => {
    const base = { coops_total: 800, coops_new: 40, members: 10000, workers: 12000 };
    await save(users.editor, 2012, 0, base);
    const results = await Promise.allSettled([
      save(users.editor, 2012, 1, { ...base, coops_total: 801 }, base),
      save(users.editor2, 2012, 1, { ...base, coops_new: 41 }, base),
      save(users.approver, 2012, 1, { ...base, members: 10001 }, base),
      save(users.admin, 2012, 1, { ...base, workers: 12001 }, base),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await stored(2012)).toEqual({ coops_new: 41, coops_total: 801, members: 10001, workers: 12001 });
    const [r] = await sql<{ version: number }>(`SELECT r.version FROM "YearlyReport" r JOIN "Province" p ON p.id = r."provinceId" WHERE p.slug = $1 AND r.year = 2012`, [slug]);
    expect(r.version).toBe(5);
  });

  it("four concurrent first saves of a new report lose nothing either", async () => {
    const results = await Promise.allSettled([
      save(users.editor, 2011, 0, { coops_total: 1 }, {}), save(users.editor2, 2011, 0, { coops_new: 1 }, {}),
      save(users.approver, 2011, 0, { members: 1 }, {}), save(users.admin, 2011, 0, { workers: 1 }, {}),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(await stored(2011)).toEqual({ coops_new: 1, coops_total: 1, members: 1, workers: 1 });
  });
});

describe("a body without base", () => {
  it("still replaces the report and is refused on an old version, as before", async () => {
    await save(users.editor, 2010, 0, { coops_total: 900, coops_new: 9 });
    await save(users.editor2, 2010, 1, { coops_total: 900, coops_new: 10 });
    const err = await fail(save(users.editor, 2010, 1, { coops_total: 905 }));
    expect(err.code).toBe("CONFLICT");
    expect(err.details.conflicts).toBeUndefined();
    await save(users.editor, 2010, 2, { coops_total: 905 });
    expect(await stored(2010)).toEqual({ coops_total: 905 });
  });
});
