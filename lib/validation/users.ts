// The user forms' schemas, shared by the forms (which read the codes) and the services (which enforce them).
// Every message is a code; its words are the catalogue's (errors.user, errors.password), chosen by the action.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** The roles that work for one province; the others (COMMITTEE, ADMIN) have none (a CHECK constraint agrees). */
export const PROVINCIAL_ROLES: readonly Role[] = [Role.PROVINCE_EDITOR, Role.PROVINCE_APPROVER];
export const isProvincial = (role: Role) => PROVINCIAL_ROLES.includes(role);

export const ROLES = Object.values(Role);

const password = z.string().min(PASSWORD_MIN, "TOO_SHORT").max(PASSWORD_MAX, "TOO_LONG");
const id = z.coerce.number({ error: "INVALID" }).int("INVALID").positive("INVALID");
// A form's empty select means "no province".
const provinceId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number({ error: "UNKNOWN_PROVINCE" }).int("UNKNOWN_PROVINCE").positive("UNKNOWN_PROVINCE").nullable());
const role = z.enum(Role, { error: "INVALID_ROLE" });

/** Provincial roles need a province; the others must not have one. */
function roleMatchesProvince(v: { role: Role; provinceId: number | null }, ctx: z.RefinementCtx) {
  if (isProvincial(v.role) && v.provinceId === null) ctx.addIssue({ code: "custom", path: ["provinceId"], message: "PROVINCE_REQUIRED" });
  if (!isProvincial(v.role) && v.provinceId !== null) ctx.addIssue({ code: "custom", path: ["provinceId"], message: "PROVINCE_FORBIDDEN" });
}

export const createUserInput = z
  .object({
    email: z.string().trim().toLowerCase().min(1, "REQUIRED").max(254, "TOO_LONG").email("INVALID_EMAIL"),
    name: z.string().trim().min(1, "REQUIRED").max(120, "TOO_LONG"),
    role,
    provinceId,
    password,
  })
  .superRefine((v, ctx) => {
    roleMatchesProvince(v, ctx);
    if (v.password.trim().toLowerCase() === v.email) ctx.addIssue({ code: "custom", path: ["password"], message: "SAME_AS_EMAIL" });
  });
export type CreateUserInput = z.infer<typeof createUserInput>;

export const changeRoleInput = z.object({ userId: id, role, provinceId }).superRefine(roleMatchesProvince);
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

export const setDisabledInput = z.object({
  userId: id,
  // From a form the flag arrives as text.
  disabled: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "INVALID" })),
});
export type SetDisabledInput = z.infer<typeof setDisabledInput>;

export const changePasswordInput = z
  .object({ current: z.string().min(1, "REQUIRED").max(PASSWORD_MAX, "TOO_LONG"), next: password, confirm: z.string() })
  .superRefine((v, ctx) => {
    if (v.next !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "MISMATCH" });
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export interface UserFieldError {
  field: string;
  code: string;
}

/** zod's issues as field codes: the first problem of each field. */
export function fieldErrors(error: z.ZodError): UserFieldError[] {
  const seen = new Set<string>();
  const out: UserFieldError[] = [];
  for (const i of error.issues) {
    const field = String(i.path[0] ?? "form");
    if (seen.has(field)) continue;
    seen.add(field);
    // Our own messages are codes in capitals; anything else (a wrong type) is simply invalid.
    out.push({ field, code: /^[A-Z_]+$/.test(i.message) ? i.message : "INVALID" });
  }
  return out;
}

/** The language of one's notification mail (User.locale; decision 0038). */
export const MAIL_LOCALES = ["vi", "en"] as const;
export const mailLocaleInput = z.object({ locale: z.enum(MAIL_LOCALES, { error: "INVALID" }) });
