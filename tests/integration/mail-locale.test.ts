// The language of a user's mail, chosen on /tai-khoan/thu (decision 0038): validated, own record only, audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/prisma-client";
import { setMailLocale } from "@/lib/services/users/set-mail-locale";
import { freshDemoDb, sql } from "@/tests/support/db";
import { fail } from "@/tests/support/fail";
import { makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
beforeAll(async () => {
  db = await freshDemoDb();
});
afterAll(() => db.$disconnect());

const localeOf = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id } })).locale;

describe("the mail's language", () => {
  it("is saved for every role, on the user's own record, and audited", async () => {
    const users = await makeUsers(db, { editor: ["PROVINCE_EDITOR", "thai-nguyen"], committee: ["COMMITTEE"], admin: ["ADMIN"] });
    for (const actor of Object.values(users)) {
      expect(await setMailLocale(db, { actor, input: { locale: "en" } })).toEqual({ locale: "en" });
      expect(await localeOf(actor.id)).toBe("en");
    }
    await setMailLocale(db, { actor: users.editor, input: { locale: "vi" } });
    const entries = await sql<{ action: string; before: unknown; after: unknown }>(`SELECT action, before, after FROM "AuditEntry" WHERE "actorId" = $1 ORDER BY id`, [users.editor.id]);
    expect(entries).toEqual([
      { action: "set-mail-locale", before: { locale: "vi" }, after: { locale: "en" } },
      { action: "set-mail-locale", before: { locale: "en" }, after: { locale: "vi" } },
    ]);
  });

  it("refuses another language, naming the field, and anyone not signed in or disabled; changes nothing", async () => {
    const { editor, disabled } = await makeUsers(db, { editor: ["PROVINCE_EDITOR", "thai-nguyen"], disabled: ["PROVINCE_EDITOR", "thai-nguyen"] });
    await db.user.update({ where: { id: disabled.id }, data: { disabled: true } });
    const invalid = await fail(setMailLocale(db, { actor: editor, input: { locale: "fr" } }));
    expect(invalid.code).toBe("INVALID");
    expect((invalid.details as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual(["locale"]);
    expect((await fail(setMailLocale(db, { actor: null, input: { locale: "en" } }))).code).toBe("NOT_SIGNED_IN");
    expect((await fail(setMailLocale(db, { actor: disabled, input: { locale: "en" } }))).code).toBe("NOT_SIGNED_IN");
    expect([await localeOf(editor.id), await localeOf(disabled.id)]).toEqual(["vi", "vi"]);
  });
});
