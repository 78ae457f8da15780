// Demo accounts: created only in the embedded demo database (npm start without DATABASE_URL), never in a
// database you point the app at. All share one password, listed in the README.
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role; province?: string }[] = [
  { email: "admin@demo.local", name: "Quản trị viên (demo)", role: "ADMIN" },
  { email: "editor.thai-nguyen@demo.local", name: "Cán bộ nhập liệu Thái Nguyên (demo)", role: "PROVINCE_EDITOR", province: "thai-nguyen" },
  { email: "editor.ha-giang@demo.local", name: "Cán bộ nhập liệu Hà Giang (demo)", role: "PROVINCE_EDITOR", province: "ha-giang" },
  { email: "approver.thai-nguyen@demo.local", name: "Lãnh đạo Liên minh HTX Thái Nguyên (demo)", role: "PROVINCE_APPROVER", province: "thai-nguyen" },
  { email: "committee@demo.local", name: "Thành viên Ban Chỉ đạo (demo)", role: "COMMITTEE" },
];

/**
 * Whether `npm start` may (re)load the demo into an existing embedded database: only when it holds no users yet or
 * the demo's own accounts. A real database restored into the data directory never gets an ADMIN whose password is
 * printed in the README.
 */
export async function isDemoDatabase(db: { user: { count(args?: { where?: { email?: { in: string[] } } }): Promise<number> } }): Promise<boolean> {
  const [users, demo] = await Promise.all([db.user.count(), db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })]);
  return users === 0 || demo > 0;
}
