import type { LocalText } from "@/lib/format/local-text";

/** A note in the page's language, or the Vietnamese one marked lang="vi" where no English text exists. */
export function Local({ t, className }: { t: LocalText | null; className?: string }) {
  if (!t) return null;
  return (
    <span lang={t.lang} className={className}>
      {t.text}
    </span>
  );
}
