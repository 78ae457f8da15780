"use client";
// Attaching the source document's file (decision 0040). The form posts to the API route, which checks the type
// from the content and sends a plain form post back to this page; with JavaScript the answer is shown here.
// Placeholders are filled by hand: the client does not load the message formatter (decision 0021).
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { Locale } from "@/lib/domain/types";
import type { Messages } from "@/lib/i18n/messages";
import { DOCUMENT_ACCEPT } from "@/lib/format/citation";

type Props = { locale: Locale; url: string; t: Messages["sources"]["files"] };
type Answer = { file?: { filename: string }; error?: { message: string; messageEn: string; fields?: { message: string; messageEn: string }[] } };

export function SourceUpload({ locale, url, t }: Props) {
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setResult(null);
    const answer: Answer | null = await fetch(url, { method: "POST", body: new FormData(form), headers: { accept: "application/json" } })
      .then((r) => r.json() as Promise<Answer>)
      .catch(() => null);
    setBusy(false);
    if (answer?.file) {
      form.reset();
      setResult({ ok: true, text: t.uploaded.replace("{name}", answer.file.filename) });
      router.refresh();
      return;
    }
    const words = answer?.error?.fields?.[0] ?? answer?.error;
    const message = words ? (locale === "vi" ? words.message : words.messageEn) : "";
    setResult({ ok: false, text: t.failed.replace("{message}", message) });
  }

  return (
    <form method="post" encType="multipart/form-data" action={url} onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor={`${id}-file`} className="block font-medium">{t.upload}</label>
      <input
        id={`${id}-file`} name="file" type="file" required aria-describedby={`${id}-help`}
        accept={DOCUMENT_ACCEPT}
        className="block"
      />
      <p id={`${id}-help`} className="text-sm text-muted">{t.uploadHelp}</p>
      <button type="submit" disabled={busy} className="rounded border border-accent px-4 py-1.5 font-medium text-accent disabled:opacity-60">
        {busy ? t.uploading : t.uploadButton}
      </button>
      <p role={result && !result.ok ? "alert" : "status"} className={result?.ok ? "text-ok" : "font-medium text-alert"}>{result?.text ?? ""}</p>
    </form>
  );
}
