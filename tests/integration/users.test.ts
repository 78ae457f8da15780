// The user services on a real database: only ADMIN manages users, an admin cannot lock themselves out, a
// duplicate email is a field error, every change bumps the session version and lands in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { verifyLogin } from "@/lib/auth/verify-login";
import type { PrismaClient } from "@/lib/prisma-client";
import { ServiceError } from "@/lib/services/errors";
import { changePassword } from "@/lib/services/users/change-password";
import { changeUserRole } from "@/lib/services/users/change-user-role";
import { createUser } from "@/lib/services/users/create-user";
import { setUserDisabled } from "@/lib/services/users/set-user-disabled";
import { emptyDb } from "@/tests/support/db";
import { makeProvince, makeUsers } from "@/tests/support/factories";

let db: PrismaClient;
let admin: Actor;
let others: Record<string, Actor>;
let tn: number;
let hg: number;

beforeAll(async () => {
  db = await emptyDb();
  tn = await makeProvince(db, { code: "19", slug: "thai-nguyen", name: "Thái Nguyên" });
  hg = await makeProvince(db, { code: "02", slug: "ha-giang", name: "Hà Giang" });
  ({ admin, ...others } = await makeUsers(db, { admin: ["ADMIN"], committee: ["COMMITTEE"], editor: ["PROVINCE_EDITOR", "thai-nguyen"], approver: ["PROVINCE_APPROVER", "thai-nguyen"] }));
});
afterAll(() => db.$disconnect());

/** The error a call failed with: its code and, for INVALID, the field codes. */
async function failure(p: Promise<unknown>): Promise<{ code: string; fields?: { field: string; code: string }[] }> {
  const err = await p.then(() => null, (e: unknown) => e);
  if (!(err instanceof ServiceError)) throw new Error(`expected a ServiceError, got ${String(err)}`);
  const fields = err.details?.fields as { field: string; code: string }[] | undefined;
  return { code: err.code, ...(fields ? { fields: fields.map(({ field, code }) => ({ field, code })) } : {}) };
}

const newUser = (over: Record<string, unknown> = {}) => ({
  email: "New.Editor@Thai-Nguyen.VN", name: "Nguyễn Văn A", role: "PROVINCE_EDITOR", provinceId: String(tn), password: "mật khẩu đủ dài", ...over,
});
const state = async () => ({ users: await db.user.findMany({ orderBy: { id: "asc" } }), audits: await db.auditEntry.count() });

describe("only an administrator manages users", () => {
  it.each(["committee", "editor", "approver"])("refuses a %s and changes nothing", async (who) => {
    const actor = others[who];
    const before = await state();
    expect(await failure(createUser(db, { actor, input: newUser({ email: `by-${who}@x.vn` }) }))).toEqual({ code: "FORBIDDEN" });
    expect(await failure(setUserDisabled(db, { actor, input: { userId: admin.id, disabled: true } }))).toEqual({ code: "FORBIDDEN" });
    expect(await failure(changeUserRole(db, { actor, input: { userId: actor.id, role: "ADMIN", provinceId: null } }))).toEqual({ code: "FORBIDDEN" });
    expect(await state()).toEqual(before);
  });
  it("refuses an anonymous caller", async () => {
    expect(await failure(createUser(db, { actor: null, input: newUser() }))).toEqual({ code: "NOT_SIGNED_IN" });
  });
});

describe("creating a user", () => {
  it("stores the email lower-cased and a hash of the password, and audits without the hash", async () => {
    const { id } = await createUser(db, { actor: admin, input: newUser() });
    const u = await db.user.findUniqueOrThrow({ where: { id } });
    expect(u).toMatchObject({ email: "new.editor@thai-nguyen.vn", role: "PROVINCE_EDITOR", provinceId: tn, disabled: false });
    expect(await verifyPassword("mật khẩu đủ dài", u.passwordHash)).toBe(true);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: String(id), action: "create" } });
    expect(entry).toMatchObject({ actorId: admin.id, provinceId: tn, after: { email: "new.editor@thai-nguyen.vn", role: "PROVINCE_EDITOR" } });
    expect(JSON.stringify(entry.after)).not.toContain("$2");
  });
  it("answers a duplicate email, in any case, with a field error", async () => {
    const before = await state();
    expect(await failure(createUser(db, { actor: admin, input: newUser({ email: "NEW.editor@thai-nguyen.vn " }) }))).toEqual({
      code: "INVALID", fields: [{ field: "email", code: "EMAIL_TAKEN" }],
    });
    expect(await state()).toEqual(before);
  });
  it("requires a province for provincial roles and refuses one for the others", async () => {
    expect((await failure(createUser(db, { actor: admin, input: newUser({ email: "a@x.vn", provinceId: "" }) }))).fields).toEqual([{ field: "provinceId", code: "PROVINCE_REQUIRED" }]);
    expect((await failure(createUser(db, { actor: admin, input: newUser({ email: "b@x.vn", role: "COMMITTEE" }) }))).fields).toEqual([{ field: "provinceId", code: "PROVINCE_FORBIDDEN" }]);
    expect((await failure(createUser(db, { actor: admin, input: newUser({ email: "c@x.vn", provinceId: "99999" }) }))).fields).toEqual([{ field: "provinceId", code: "UNKNOWN_PROVINCE" }]);
  });
  it("refuses a short password, or the email as password", async () => {
    expect((await failure(createUser(db, { actor: admin, input: newUser({ email: "d@x.vn", password: "ngắn" }) }))).fields).toEqual([{ field: "password", code: "TOO_SHORT" }]);
    expect((await failure(createUser(db, { actor: admin, input: newUser({ email: "long.address@x.vn", password: "Long.Address@x.vn" }) }))).fields).toEqual([{ field: "password", code: "SAME_AS_EMAIL" }]);
  });
});

describe("disabling, enabling and re-roling", () => {
  const sv = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

  it("disables an account: its sessions end and it cannot log in; enabling brings it back", async () => {
    const passwordHash = await hashPassword("mật khẩu của B");
    const b = await db.user.create({ data: { email: "b.user@x.vn", name: "B", role: "COMMITTEE", passwordHash } });
    expect(await setUserDisabled(db, { actor: admin, input: { userId: String(b.id), disabled: "true" } })).toEqual({ id: b.id, disabled: true, changed: true });
    expect(await sv(b.id)).toBe(1);
    expect(await verifyLogin(db, "b.user@x.vn", "mật khẩu của B", "10.7.0.1")).toEqual({ ok: false, reason: "INVALID" });
    await setUserDisabled(db, { actor: admin, input: { userId: b.id, disabled: false } });
    expect(await sv(b.id)).toBe(2);
    expect(await verifyLogin(db, "b.user@x.vn", "mật khẩu của B", "10.7.0.1")).toMatchObject({ ok: true });
    const actions = await db.auditEntry.findMany({ where: { entity: "User", entityId: String(b.id) }, orderBy: { id: "asc" }, select: { action: true, before: true, after: true } });
    expect(actions).toEqual([
      { action: "disable", before: { disabled: false }, after: { disabled: true } },
      { action: "enable", before: { disabled: true }, after: { disabled: false } },
    ]);
  });
  it("refuses to let an administrator disable or demote themselves", async () => {
    const before = await state();
    expect(await failure(setUserDisabled(db, { actor: admin, input: { userId: admin.id, disabled: true } }))).toEqual({ code: "INVALID", fields: [{ field: "disabled", code: "SELF_DISABLE" }] });
    expect(await failure(changeUserRole(db, { actor: admin, input: { userId: admin.id, role: "COMMITTEE", provinceId: "" } }))).toEqual({ code: "INVALID", fields: [{ field: "role", code: "SELF_DEMOTE" }] });
    expect(await state()).toEqual(before);
  });
  it("changes role and province together, ends the user's sessions and audits before and after", async () => {
    const e = others.editor;
    const v0 = await sv(e.id);
    expect(await changeUserRole(db, { actor: admin, input: { userId: e.id, role: "PROVINCE_APPROVER", provinceId: hg } })).toEqual({ id: e.id, changed: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({ role: "PROVINCE_APPROVER", provinceId: hg, sessionVersion: v0 + 1 });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: String(e.id), action: "change-role" } });
    expect(entry).toMatchObject({ provinceId: hg, before: { role: "PROVINCE_EDITOR", provinceId: tn }, after: { role: "PROVINCE_APPROVER", provinceId: hg } });
    // The same again is no change: no bump, no entry.
    expect(await changeUserRole(db, { actor: admin, input: { userId: e.id, role: "PROVINCE_APPROVER", provinceId: hg } })).toEqual({ id: e.id, changed: false });
    expect(await sv(e.id)).toBe(v0 + 1);
  });
  it("refuses a provincial role without a province, and a role for a user that does not exist", async () => {
    expect((await failure(changeUserRole(db, { actor: admin, input: { userId: others.committee.id, role: "PROVINCE_EDITOR", provinceId: "" } }))).fields).toEqual([{ field: "provinceId", code: "PROVINCE_REQUIRED" }]);
    expect(await failure(changeUserRole(db, { actor: admin, input: { userId: 999999, role: "COMMITTEE", provinceId: null } }))).toEqual({ code: "NOT_FOUND" });
  });
});

describe("changing one's own password", () => {
  let me: Actor;
  beforeAll(async () => {
    const u = await db.user.create({ data: { email: "minh.editor@x.vn", name: "Me", role: "PROVINCE_EDITOR", provinceId: tn, passwordHash: await hashPassword("mật khẩu cũ 123") } });
    me = { id: u.id, role: u.role, provinceId: u.provinceId };
  });
  const input = (over: Record<string, string> = {}) => ({ current: "mật khẩu cũ 123", next: "mật khẩu mới 456", confirm: "mật khẩu mới 456", ...over });

  it("refuses a wrong current password and counts it as a failed login", async () => {
    expect(await failure(changePassword(db, { actor: me, input: input({ current: "sai rồi" }), ip: "10.8.0.1" }))).toEqual({ code: "INVALID", fields: [{ field: "current", code: "WRONG_CURRENT" }] });
    expect(await db.loginAttempt.count({ where: { email: "minh.editor@x.vn", success: false } })).toBe(1);
  });
  it("refuses a short, mismatched, email-like or unchanged new password", async () => {
    expect((await failure(changePassword(db, { actor: me, input: input({ next: "ngắn", confirm: "ngắn" }) }))).fields).toEqual([{ field: "next", code: "TOO_SHORT" }]);
    expect((await failure(changePassword(db, { actor: me, input: input({ confirm: "khác hẳn 7890" }) }))).fields).toEqual([{ field: "confirm", code: "MISMATCH" }]);
    expect((await failure(changePassword(db, { actor: me, input: input({ next: "Minh.Editor@X.vn", confirm: "Minh.Editor@X.vn" }) }))).fields).toEqual([{ field: "next", code: "SAME_AS_EMAIL" }]);
    expect((await failure(changePassword(db, { actor: me, input: input({ next: "mật khẩu cũ 123", confirm: "mật khẩu cũ 123" }) }))).fields).toEqual([{ field: "next", code: "SAME_AS_CURRENT" }]);
  });
  it("changes it, ends every session, and the old password no longer logs in", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    await changePassword(db, { actor: me, input: input(), ip: "10.8.0.2" });
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt.getTime()).toBeGreaterThan(before.passwordChangedAt.getTime());
    expect(await verifyLogin(db, "minh.editor@x.vn", "mật khẩu cũ 123", "10.8.0.3")).toEqual({ ok: false, reason: "INVALID" });
    expect(await verifyLogin(db, "minh.editor@x.vn", "mật khẩu mới 456", "10.8.0.3")).toMatchObject({ ok: true, user: { sessionVersion: after.sessionVersion } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "User", entityId: String(me.id), action: "change-password" } });
    expect(entry).toMatchObject({ actorId: me.id, provinceId: tn, before: null, after: null });
  });
  it("needs a signed-in user", async () => {
    expect(await failure(changePassword(db, { actor: null, input: input() }))).toEqual({ code: "NOT_SIGNED_IN" });
  });
});
