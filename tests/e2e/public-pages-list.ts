// The public pages the layout, JavaScript-off and axe checks walk, in both languages. The merged province
// (Bắc Kạn) and its successor (Thái Nguyên) are both here; the 404 answers with its status.
export type PublicPage = { path: string; status?: number };

const PATHS: PublicPage[] = [
  { path: "/" },
  { path: "/so-sanh" },
  { path: "/ban-do" },
  { path: "/ban-do?to-mau=trang-thai&ranh-gioi=thoi-diem" },
  { path: "/trinh-chieu" },
  { path: "/tinh" },
  { path: "/tinh/thai-nguyen" },
  { path: "/tinh/thai-nguyen?lich-su=gop" },
  { path: "/tinh/bac-kan" },
  { path: "/tinh/hoa-binh" },
  { path: "/tinh/thai-nguyen/nhiem-ky/2013-2018" },
  { path: "/tinh/thai-nguyen/nhiem-ky/2013-2018/trinh-chieu" },
  { path: "/khong-co-trang-nay", status: 404 },
];

export const LANGS = ["vi", "en"] as const;

export function localized(lang: (typeof LANGS)[number]): PublicPage[] {
  return PATHS.map((p) => ({ ...p, path: lang === "vi" ? p.path : p.path === "/" ? "/en" : `/en${p.path}` }));
}
