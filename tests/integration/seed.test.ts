import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { DEMO_USERS, isDemoDatabase } from "@/prisma/seed/demo-users";
import { seedDemo } from "@/prisma/seed/index";
import { emptyDb, sql } from "@/tests/support/db";
import { EXPECTED_TARGETS, EXPECTED_TERMS, EXPECTED_VALUES } from "./seed-facts";

let db: PrismaClient;
beforeAll(async () => {
  db = await emptyDb();
  await seedDemo(db, { demoUsers: true });
});
afterAll(() => db.$disconnect());

async function snapshot(): Promise<Record<string, string>> {
  const tables = await sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`);
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const rows = await sql(`SELECT t::text AS r FROM "${tablename}" t ORDER BY 1`);
    out[tablename] = rows.map((r) => r.r).join("\n");
  }
  return out;
}

describe("the demo seed", () => {
  it("has the 63 provinces before 1 July 2025 and the 34 after, with the merger rows", async () => {
    const before = await db.province.count({ where: { validFrom: { lte: new Date("2025-06-30") }, OR: [{ validUntil: null }, { validUntil: { gte: new Date("2025-06-30") } }] } });
    const after = await db.province.count({ where: { OR: [{ validUntil: null }, { validUntil: { gte: new Date("2025-07-01") } }] } });
    expect(before).toBe(63);
    expect(after).toBe(34);
    expect(await db.provinceMerge.count()).toBe(29);
    const bacKan = await db.province.findUniqueOrThrow({ where: { slug: "bac-kan" }, include: { mergedInto: { include: { to: true } } } });
    expect(bacKan.mergedInto[0].to.slug).toBe("thai-nguyen");
    expect(bacKan.mergedInto[0].effectiveDate.toISOString().slice(0, 10)).toBe("2025-07-01");
    const tn = await db.province.findUniqueOrThrow({ where: { slug: "thai-nguyen" } });
    expect(tn.validUntil).toBeNull();
    for (const slug of ["thai-nguyen", "ha-giang", "thai-binh", "hoa-binh", "quang-ninh", "bac-kan", "tp-ho-chi-minh"]) {
      expect(await db.province.count({ where: { slug } }), slug).toBe(1);
    }
  });

  it("holds every figure of seed-facts.md with its source, quote and qualifier", async () => {
    const rows = await db.reportValue.findMany({ include: { report: { include: { province: true } }, indicator: true, source: true } });
    for (const e of EXPECTED_VALUES) {
      const label = `${e.province} ${e.year} ${e.indicator} ${e.dimension ?? ""}`;
      const found = rows.filter((r) => r.report.province.slug === e.province && r.report.year === e.year && r.indicator.code === e.indicator && r.dimension === (e.dimension ?? ""));
      expect(found, label).toHaveLength(1);
      const v = found[0];
      expect(v.value.toNumber(), label).toBe(e.value);
      expect(v.high?.toNumber() ?? undefined, label).toBe(e.high);
      expect(v.qualifier, label).toBe(e.qualifier ?? "EXACT");
      expect(v.fromYear, label).toBe(e.fromYear ?? e.year);
      expect([v.derived, v.estimate, v.ambiguous], label).toEqual([!!e.derived, !!e.estimate, !!e.ambiguous]);
      expect(v.source?.key, label).toBe(e.source);
      expect(v.quote?.length, label).toBeGreaterThan(20);
      expect(v.report.status, label).toBe("APPROVED");
    }
    expect(rows).toHaveLength(EXPECTED_VALUES.length);
  });

  it("quotes each figure from its article's own words", async () => {
    const v = await db.reportValue.findFirstOrThrow({ where: { indicator: { code: "groups_total" }, report: { province: { slug: "thai-nguyen" } } } });
    expect(v.quote).toContain("7.250 tổ hợp tác");
    const members = await db.reportValue.findFirstOrThrow({ where: { indicator: { code: "members" } } });
    expect(members.note).toMatch(/63 HTX/);
  });

  it("holds every target with its kind, bounds and source", async () => {
    const targets = await db.target.findMany({ include: { term: { include: { province: true } }, indicator: true, source: true } });
    for (const e of EXPECTED_TARGETS) {
      const label = `${e.province} ${e.term} ${e.indicator}`;
      const t = targets.find((x) => x.term.province.slug === e.province && `${x.term.startYear}-${x.term.endYear}` === e.term && x.indicator.code === e.indicator);
      expect(t, label).toBeDefined();
      expect([t!.kind, t!.min.toNumber(), t!.max?.toNumber(), t!.year ?? undefined], label).toEqual([e.kind, e.min, e.max, e.year]);
      expect(t!.qualifier, label).toBe(e.qualifier ?? "EXACT");
      expect(t!.derived, label).toBe(!!e.derived);
      expect(t!.source, label).not.toBeNull();
      expect(t!.quote, label).toBeTruthy();
    }
    expect(targets).toHaveLength(EXPECTED_TARGETS.length);
  });

  it("has the terms the articles name or imply, marking inferred years", async () => {
    const terms = await db.term.findMany({ include: { province: true, targets: true } });
    expect(terms.map((t) => [t.province.slug, `${t.startYear}-${t.endYear}`, t.congress, t.yearsInferred]).sort()).toEqual([...EXPECTED_TERMS].sort());
    for (const t of terms.filter((x) => x.yearsInferred)) expect(t.note, t.label).toBeTruthy();
    const qn = terms.find((t) => t.province.slug === "quang-ninh")!;
    expect(qn.targets).toHaveLength(0);
  });

  it("says where a source does not name its province", async () => {
    const s = await db.source.findUniqueOrThrow({ where: { key: "article-003" }, include: { province: true } });
    expect(s.attribution).toBe("UNCONFIRMED");
    expect(s.province?.slug).toBe("hoa-binh");
    expect(s.attributionNote).toMatch(/Đinh Công Sứ/);
    const hb = await db.reportValue.findFirstOrThrow({ where: { indicator: { code: "coops_total" }, report: { province: { slug: "hoa-binh" } } } });
    expect(hb.includesCreditFunds).toBe(false);
  });

  it("gives every note an English text and every quote an English gloss, with English decimals", async () => {
    const [values, targets, terms, sources] = await Promise.all([
      db.reportValue.findMany({ select: { note: true, noteEn: true, quote: true, quoteEn: true } }),
      db.target.findMany({ select: { note: true, noteEn: true, quote: true, quoteEn: true } }),
      db.term.findMany({ select: { note: true, noteEn: true } }),
      db.source.findMany({ select: { note: true, noteEn: true, attributionNote: true, attributionNoteEn: true } }),
    ]);
    const pairs = [
      ...[...values, ...targets].flatMap((r) => [[r.note, r.noteEn], [r.quote, r.quoteEn]]),
      ...terms.map((t) => [t.note, t.noteEn]),
      ...sources.flatMap((s) => [[s.note, s.noteEn], [s.attributionNote, s.attributionNoteEn]]),
    ];
    const missing = pairs.filter(([vi, en]) => vi && !en).map(([vi]) => vi);
    expect(missing).toEqual([]);
    const english = pairs.map(([, en]) => en).filter(Boolean).join("\n");
    // "1,73" is a Vietnamese decimal; in English it is "1.73" ("7,250" thousands are fine).
    expect(english).not.toMatch(/\d,\d{1,2}(?!\d)/);
    const t = await db.target.findFirstOrThrow({ where: { indicator: { code: "coops_new" }, term: { startYear: 2013 } } });
    expect(t.noteEn).toContain("208 ÷ 1.73 ≈ 120");
  });

  it("creates the five demo accounts with hashed passwords", async () => {
    const users = await db.user.findMany({ include: { province: true }, orderBy: { email: "asc" } });
    expect(users.map((u) => [u.email, u.role, u.province?.slug ?? null])).toEqual([
      ["admin@demo.local", "ADMIN", null],
      ["approver.thai-nguyen@demo.local", "PROVINCE_APPROVER", "thai-nguyen"],
      ["committee@demo.local", "COMMITTEE", null],
      ["editor.ha-giang@demo.local", "PROVINCE_EDITOR", "ha-giang"],
      ["editor.thai-nguyen@demo.local", "PROVINCE_EDITOR", "thai-nguyen"],
    ]);
    for (const u of users) expect(u.passwordHash).toMatch(/^\$2[aby]\$12\$/);
  });

  it("changes nothing when loaded again", async () => {
    const before = await snapshot();
    const { created } = await seedDemo(db, { demoUsers: true });
    expect(Object.values(created).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("never overwrites a figure edited after seeding", async () => {
    const v = await db.reportValue.findFirstOrThrow({ where: { indicator: { code: "coops_total" }, report: { province: { slug: "thai-nguyen" } } } });
    await db.reportValue.update({ where: { id: v.id }, data: { value: 471 } });
    await seedDemo(db);
    expect((await db.reportValue.findUniqueOrThrow({ where: { id: v.id } })).value.toNumber()).toBe(471);
  });

  it("fills the English notes and glosses a database seeded before they existed lacks, never one written since", async () => {
    const written = await db.reportValue.findFirstOrThrow({ where: { noteEn: { not: null } } });
    await db.reportValue.update({ where: { id: written.id }, data: { noteEn: "Written by hand." } });
    for (const table of ["Source", "Term", "Target", "ReportValue"]) await sql(`UPDATE "${table}" SET "noteEn" = NULL WHERE id <> ${table === "ReportValue" ? written.id : -1}`);
    await sql(`UPDATE "Source" SET "attributionNoteEn" = NULL`);
    await sql(`UPDATE "Target" SET "quoteEn" = NULL`);
    await sql(`UPDATE "ReportValue" SET "quoteEn" = NULL`);
    const [{ value: before }] = await sql<{ value: string }>(`SELECT COALESCE((SELECT value FROM "PublicGeneration"), 0)::text AS value`);
    const { created } = await seedDemo(db);
    expect(created.english).toBeGreaterThan(40);
    const [{ value: after }] = await sql<{ value: string }>(`SELECT COALESCE((SELECT value FROM "PublicGeneration"), 0)::text AS value`);
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "ReportValue" WHERE note IS NOT NULL AND "noteEn" IS NULL`);
    expect(n).toBe(0);
    expect((await db.reportValue.findUniqueOrThrow({ where: { id: written.id } })).noteEn).toBe("Written by hand.");
    expect((await seedDemo(db)).created.english ?? 0).toBe(0);
  });

  it("lets npm start reseed only a demo database: never one that holds other users (a restored real one)", async () => {
    expect(await isDemoDatabase(db)).toBe(true);
    const demoEmails = DEMO_USERS.map((u) => u.email);
    const demo = await db.user.findMany({ where: { email: { in: demoEmails } } });
    await db.user.deleteMany({ where: { email: { in: demoEmails } } });
    await db.user.create({ data: { email: "can.bo@lienminh.vn", name: "Cán bộ thật", role: "ADMIN", passwordHash: "x" } });
    expect(await isDemoDatabase(db)).toBe(false);
    await db.user.deleteMany({ where: { email: "can.bo@lienminh.vn" } });
    expect(await isDemoDatabase(db)).toBe(true); // no users at all: a database still being set up
    await db.user.createMany({ data: demo });
  });
});
