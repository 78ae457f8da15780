// The dashboard's navigation as data: each entry names its address, its label (a key of m.dashboard.nav) and
// who sees it. Hiding a link is a courtesy, not a lock: every page asks can() again.
import { can } from "@/lib/authz";
import type { SignedInUser } from "@/lib/auth/actor";
import type { Messages } from "@/lib/i18n/messages";

type NavKey = Exclude<keyof Messages["dashboard"]["nav"], "logout">;

interface NavEntry {
  key: NavKey;
  /** The address, or how to find it for this user (a provincial user goes straight to their province). */
  path: string | ((actor: SignedInUser) => string);
  /** Whether this user sees the link; absent: everyone signed in. */
  shows?: (actor: SignedInUser) => boolean;
}

// Reports, register and targets are per province: a provincial user's links open their province; others pick one.
const ownProvince = (section: string, picker: string) => (a: SignedInUser) => (a.provinceSlug ? `${section}/${a.provinceSlug}` : picker);
export const NAV: NavEntry[] = [
  { key: "home", path: "/quan-ly" },
  { key: "inbox", path: "/quan-ly/hop-thu" },
  { key: "reports", path: ownProvince("/quan-ly/bao-cao", "/quan-ly") },
  { key: "register", path: ownProvince("/quan-ly/dang-ky", "/quan-ly/dang-ky") },
  { key: "targets", path: ownProvince("/quan-ly/muc-tieu", "/quan-ly/muc-tieu") },
  { key: "progress", path: "/quan-ly/tien-do", shows: (a) => can(a, "progress:read", { provinceId: null }) },
  { key: "audit", path: "/quan-ly/nhat-ky", shows: (a) => can(a, "audit:read", { provinceId: a.provinceId }) },
  { key: "users", path: "/quan-ly/nguoi-dung", shows: (a) => can(a, "user:read", { provinceId: null }) },
  { key: "password", path: "/tai-khoan/mat-khau" },
  { key: "mailLanguage", path: "/tai-khoan/thu" },
];

export function navFor(actor: SignedInUser): { key: NavKey; path: string }[] {
  return NAV.filter((e) => !e.shows || e.shows(actor)).map((e) => ({ key: e.key, path: typeof e.path === "string" ? e.path : e.path(actor) }));
}
