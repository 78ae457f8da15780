// The words of a notification mail (decision 0038): subject and plain text in the recipient's language, naming the
// province, the year and what happened, with an absolute link to the report. Pure, so the enqueuing transaction,
// the reminder sweep and the tests build the same mail. Placeholders are filled as plain text: the values are
// names and comments, and ICU syntax in a comment must not be read as a message.
import { formatDate } from "@/lib/domain/dates";
import type { Locale } from "@/lib/domain/types";
import { localePath } from "@/lib/i18n/paths";
import { mailEn } from "@/lib/i18n/messages/mail/en";
import { mailVi } from "@/lib/i18n/messages/mail/vi";

export const MAIL_KINDS = ["submit", "return", "approve", "reopen", "reminder"] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailFacts {
  kind: MailKind;
  locale: Locale;
  recipient: string;
  province: string;
  slug: string;
  year: number;
  /** Who did it (not for a reminder). */
  actor?: string;
  /** A return's comment or a reopening's reason. */
  comment?: string | null;
  /** A reminder's due day (a @db.Date value) and the days left. */
  due?: Date;
  days?: number;
}

const TEXT = { vi: mailVi.mail, en: mailEn.mail };

/** Fills {name} with plain text; the values are never parsed. */
function put(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The app's address for links in mail: PUBLIC_URL, else this machine on PORT (say so in .env.example). */
export function mailBaseUrl(settings: { PUBLIC_URL?: string; PORT: number }): string {
  return (settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`).replace(/\/+$/, "");
}

/** The sender: MAIL_FROM, else no-reply at PUBLIC_URL's host (or localhost). */
export function mailSender(settings: { MAIL_FROM?: string; PUBLIC_URL?: string }): string {
  return settings.MAIL_FROM ?? `HTX Dashboard <no-reply@${settings.PUBLIC_URL ? new URL(settings.PUBLIC_URL).hostname : "localhost"}>`;
}

/** The report's form, in the recipient's language. */
export function reportLink(baseUrl: string, locale: Locale, slug: string, year: number): string {
  return `${baseUrl}${localePath(locale, `/quan-ly/bao-cao/${slug}/${year}`)}`;
}

/** One mail per event and recipient: a retried or repeated enqueue finds its key taken and adds nothing. */
export function dedupeKey(kind: MailKind, event: string | number, userId: number): string {
  return `${kind}:${event}:${userId}`;
}

export function composeMail(f: MailFacts, baseUrl: string): { subject: string; text: string } {
  const t = TEXT[f.locale];
  const due = f.due ? formatDate(f.due, f.locale) : "";
  const vars = { province: f.province, year: f.year, actor: f.actor ?? "", due, days: f.days ?? 0 };
  const comment = f.comment?.trim() ? put(f.kind === "reopen" ? t.reason : t.comment, { comment: f.comment.trim() }) : null;
  const lines = [
    put(t.greeting, { name: f.recipient }),
    "",
    put(t.kinds[f.kind].body, vars),
    ...(comment ? ["", comment] : []),
    "",
    put(t.open, { link: reportLink(baseUrl, f.locale, f.slug, f.year) }),
    "",
    "-- ",
    put(t.footer, { account: `${baseUrl}${localePath(f.locale, "/tai-khoan/thu")}` }),
  ];
  return { subject: `[HTX Dashboard] ${put(t.kinds[f.kind].subject, vars)}`, text: lines.join("\n") };
}
