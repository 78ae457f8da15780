// "What waits for me" per role (decision 0038), on a real Postgres: an approver's submitted reports, an editor's
// returned, reopened, due-soon and late ones, an administrator's submitted and late ones across provinces, a
// committee member's late ones; never another province's for a provincial user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import type { PrismaClient } from "@/lib/prisma-client";
import { inboxFor, type InboxItem } from "@/lib/queries/inbox";
import { transitionReport } from "@/lib/services/reports/transition";
import { freshDemoDb } from "@/tests/support/db";
import { makeReport, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let u: Record<"editor" | "approver" | "qnEditor" | "admin" | "committee", Actor>;
// 19 December 2026 in Hà Nội: the 2026 reports are due in 2 days, the 2025 ones are late.
const DUE_SOON = new Date("2026-12-19T03:00:00Z");
// 28 December 2026: the 2026 reports are late too.
const AFTER = new Date("2026-12-28T03:00:00Z");

const rows = (items: InboxItem[]) => items.map((i) => `${i.province.slug} ${i.year} ${i.reasons.map((r) => r.kind).join("+")}`);

beforeAll(async () => {
  db = await freshDemoDb();
  u = await makeUsers(db, {
    editor: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"], qnEditor: ["PROVINCE_EDITOR", "quang-ninh"],
    admin: ["ADMIN"], committee: ["COMMITTEE"],
  });
  await makeReport(db, "thai-nguyen", 2024, "SUBMITTED");
  await makeReport(db, "ha-giang", 2024, "SUBMITTED");
  const returned = await makeReport(db, "thai-nguyen", 2023, "DRAFT");
  await db.yearlyReport.update({ where: { id: returned.id }, data: { returnComment: "Thiếu số HTX nông nghiệp" } });
  await makeReport(db, "thai-nguyen", 2021, "APPROVED");
  await transitionReport(db, { actor: u.admin, slug: "thai-nguyen", year: 2021, transition: "reopen", body: { comment: "Bổ sung số HTX giải thể" } });
  await makeReport(db, "quang-ninh", 2026, "SUBMITTED");
  await makeReport(db, "quang-ninh", 2025, "APPROVED");
});
afterAll(() => db.$disconnect());

describe("the inbox", () => {
  it("shows an approver their province's submitted reports, nothing else", async () => {
    expect(rows(await inboxFor(db, u.approver, DUE_SOON))).toEqual(["thai-nguyen 2024 toApprove"]);
  });

  it("shows an editor their returned and reopened reports, with the comment, and this season's due-soon and late ones", async () => {
    const items = await inboxFor(db, u.editor, DUE_SOON);
    expect(items.every((i) => i.province.slug === "thai-nguyen")).toBe(true);
    expect(rows(items)).toEqual(expect.arrayContaining(["thai-nguyen 2026 dueSoon", "thai-nguyen 2023 returned", "thai-nguyen 2021 reopened"]));
    expect(items.find((i) => i.year === 2026)!.reasons).toEqual([{ kind: "dueSoon", days: 2 }]);
    expect(items.find((i) => i.year === 2023)!.reasons).toEqual([{ kind: "returned", comment: "Thiếu số HTX nông nghiệp" }]);
    expect(items.find((i) => i.year === 2021)!.reasons).toEqual([{ kind: "reopened", comment: "Bổ sung số HTX giải thể" }]);
    expect(rows(items)).not.toContain("thai-nguyen 2024 toApprove"); // submitted: the approver's
    // A province that submitted or had its report approved has nothing due.
    expect(rows(await inboxFor(db, u.qnEditor, DUE_SOON))).toEqual([]);
  });

  it("shows an administrator every submitted report and the late ones of every province that existed that year", async () => {
    const items = rows(await inboxFor(db, u.admin, AFTER));
    expect(items).toEqual(expect.arrayContaining(["thai-nguyen 2024 toApprove", "ha-giang 2024 toApprove", "thai-nguyen 2026 late", "an-giang 2026 late"]));
    expect(items.filter((i) => i.endsWith("2026 late"))).toHaveLength(33); // 34 provinces, Quảng Ninh submitted
    expect(items).toContain("quang-ninh 2026 toApprove");
    expect(items.some((i) => i.startsWith("quang-ninh 2025"))).toBe(false);
    // Merged away on 1 July 2025: not due for 2025 or 2026 (their successors are).
    expect(items.some((i) => i.startsWith("ha-giang 2026") || i.startsWith("bac-kan 2025"))).toBe(false);
    expect(items.some((i) => i.includes("dueSoon"))).toBe(false);
  });

  it("shows a committee member the late reports only, and a day count", async () => {
    const items = await inboxFor(db, u.committee, AFTER);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.reasons.every((r) => r.kind === "late"))).toBe(true);
    expect(items.find((i) => i.province.slug === "thai-nguyen" && i.year === 2026)!.reasons).toEqual([{ kind: "late", days: 7 }]);
  });
});
