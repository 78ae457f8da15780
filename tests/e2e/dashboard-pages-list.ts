// Every dashboard page the axe walk visits (tests/e2e/dashboard-axe.spec.ts), for every role: one line per route
// under app/[locale]/(dashboard), with a province (Thái Nguyên, whose staff the demo accounts are), a year and,
// where a route needs one, an id found on the page that links to it. Pages a role may not open are walked too:
// they must refuse with a heading. A new page: add its line here.
export interface WalkContext {
  year: number;
  /** A register unit of Thái Nguyên and one of its terms ("2020-2025"), read from the pages that list them. */
  unitId: number | null;
  term: string | null;
}

export function dashboardPages({ year, unitId, term }: WalkContext): string[] {
  return [
    "/quan-ly",
    "/quan-ly/hop-thu",
    "/quan-ly/tien-do",
    `/quan-ly/tien-do/${year - 1}`,
    "/quan-ly/tien-do/han-nop",
    "/quan-ly/bao-cao/thai-nguyen",
    "/quan-ly/bao-cao/thai-nguyen/2024",
    `/quan-ly/bao-cao/thai-nguyen/${year}`,
    "/quan-ly/bao-cao/ha-giang",
    "/quan-ly/dang-ky",
    "/quan-ly/dang-ky/thai-nguyen",
    "/quan-ly/dang-ky/thai-nguyen/moi",
    ...(unitId ? [`/quan-ly/dang-ky/thai-nguyen/${unitId}`] : []),
    "/quan-ly/dang-ky/thai-nguyen/nhap-xuat",
    "/quan-ly/dang-ky/ha-giang",
    "/quan-ly/dang-ky/ha-giang/moi",
    "/quan-ly/muc-tieu",
    "/quan-ly/muc-tieu/thai-nguyen",
    ...(term ? [`/quan-ly/muc-tieu/thai-nguyen/${term}`] : []),
    "/quan-ly/nhat-ky",
    "/quan-ly/nguoi-dung",
    "/tai-khoan/mat-khau",
    "/tai-khoan/thu",
  ];
}

/** The demo accounts (README), one per role. */
export const ROLES = {
  ADMIN: "admin@demo.local",
  COMMITTEE: "committee@demo.local",
  PROVINCE_EDITOR: "editor.thai-nguyen@demo.local",
  PROVINCE_APPROVER: "approver.thai-nguyen@demo.local",
} as const;
