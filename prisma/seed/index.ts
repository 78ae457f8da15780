// Loads the demo data: provinces and the 2025 merger, the indicator catalogue, the five source articles with
// every figure and target of shared/seed-facts.md, and (embedded demo only) the demo accounts.
// Every insert is ON CONFLICT DO NOTHING on a natural key, in one transaction: loading twice changes nothing,
// and a figure someone has since edited in the app is never overwritten. It refuses a database that holds the
// synthetic country (guard.ts): real and synthetic figures never mix.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { advancePublicGeneration } from "@/lib/cache/generation";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { noteEn, quoteEn } from "./facts/english";
import { OTHER_REPORTS, OTHER_TERMS } from "./facts/other-provinces";
import { THAI_NGUYEN_REPORTS, THAI_NGUYEN_TERMS } from "./facts/thai-nguyen";
import { day, lookup, seedCatalogue } from "./catalogue";
import { fillMissingEnglish } from "./english-backfill";
import { refuseSynthetic } from "./guard";
import { SOURCES } from "./sources";

export const DEMO_REPORTS = [...THAI_NGUYEN_REPORTS, ...OTHER_REPORTS];
export const DEMO_TERMS = [...THAI_NGUYEN_TERMS, ...OTHER_TERMS];

export async function seedDemo(db: PrismaClient, opts: { demoUsers?: boolean } = {}): Promise<{ created: Record<string, number> }> {
  // Hash outside the transaction: bcrypt is slow on purpose.
  const existing = opts.demoUsers ? new Set((await db.user.findMany({ select: { email: true } })).map((u) => u.email)) : new Set<string>();
  const newUsers = opts.demoUsers ? DEMO_USERS.filter((u) => !existing.has(u.email)) : [];
  const passwordHash = newUsers.length ? await hashPassword(DEMO_PASSWORD) : "";

  return db.$transaction(async (tx) => {
    await refuseSynthetic(tx);
    const { created, province, indicator } = await seedCatalogue(tx);
    const count = (name: string, r: { count: number }) => (created[name] = r.count);

    count("sources", await tx.source.createMany({
      skipDuplicates: true,
      data: SOURCES.map(({ province: slug, publishedOn, eventOn, ...s }) => ({
        ...s, provinceId: slug ? province(slug) : null, noteEn: noteEn(s.note), attributionNoteEn: noteEn(s.attributionNote),
        publishedOn: publishedOn ? day(publishedOn) : null, eventOn: eventOn ? day(eventOn) : null,
      })),
    }));
    const source = lookup(await tx.source.findMany({ select: { id: true, key: true } }), (s) => s.key);

    count("terms", await tx.term.createMany({
      skipDuplicates: true,
      data: DEMO_TERMS.map((t) => ({
        provinceId: province(t.province), congress: t.congress ?? null, startYear: t.startYear, endYear: t.endYear,
        label: t.label, yearsInferred: t.yearsInferred ?? false, note: t.note ?? null, noteEn: noteEn(t.note), sourceId: source(t.source),
      })),
    }));
    const termKey = (p: number, s: number, e: number) => `${p}:${s}:${e}`;
    const term = lookup(await tx.term.findMany({ select: { id: true, provinceId: true, startYear: true, endYear: true } }), (t) => termKey(t.provinceId, t.startYear, t.endYear));

    count("targets", await tx.target.createMany({
      skipDuplicates: true,
      data: DEMO_TERMS.flatMap((t) =>
        t.targets.map((g) => ({
          termId: term(termKey(province(t.province), t.startYear, t.endYear)), indicatorId: indicator(g.indicator),
          kind: g.kind, year: g.year ?? null, min: g.min, max: g.max ?? null, qualifier: g.qualifier ?? "EXACT",
          derived: g.derived ?? false, note: g.note ?? null, noteEn: noteEn(g.note), sourceId: source(t.source), quote: g.quote, quoteEn: quoteEn(g.quote),
        })),
      ),
    }));

    count("reports", await tx.yearlyReport.createMany({
      skipDuplicates: true,
      data: DEMO_REPORTS.map((r) => ({ provinceId: province(r.province), year: r.year, status: "APPROVED" as const, approvedAt: day(r.approvedOn), submittedAt: day(r.approvedOn) })),
    }));
    const report = lookup(await tx.yearlyReport.findMany({ select: { id: true, provinceId: true, year: true } }), (r) => `${r.provinceId}:${r.year}`);

    count("values", await tx.reportValue.createMany({
      skipDuplicates: true,
      data: DEMO_REPORTS.flatMap((r) =>
        r.values.map((v) => ({
          reportId: report(`${province(r.province)}:${r.year}`), indicatorId: indicator(v.indicator), dimension: v.dimension ?? "",
          fromYear: v.fromYear ?? r.year, qualifier: v.qualifier ?? "EXACT", value: v.value, high: v.high ?? null,
          derived: v.derived ?? false, estimate: v.estimate ?? false, ambiguous: v.ambiguous ?? false,
          includesCreditFunds: v.includesCreditFunds ?? null, note: v.note ?? null, noteEn: noteEn(v.note), sourceId: source(r.source), quote: v.quote, quoteEn: quoteEn(v.quote),
        })),
      ),
    }));

    count("users", await tx.user.createMany({
      skipDuplicates: true,
      data: newUsers.map((u) => ({ email: u.email, name: u.name, role: u.role, provinceId: u.province ? province(u.province) : null, passwordHash })),
    }));
    const english = await fillMissingEnglish(tx);
    if (english > 0) {
      created.english = english;
      // The public pages show these notes: what they keep must go.
      await advancePublicGeneration(tx);
    }
    return { created };
  }, { timeout: 60_000, maxWait: 10_000 });
}
