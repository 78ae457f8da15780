// The report's thread (decision 0039): the topics that wait for someone at the top, prominent until resolved
// (a return comment, a reopening reason, a question on a value), each with who wrote it and when, its replies,
// a reply box and the resolve button; the resolved ones folded below. A server component: the forms in it are
// server actions and work without JavaScript.
import type { Locale } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";
import type { ThreadComment, ThreadTopic } from "@/lib/queries/report-thread";
import { postCommentAction, resolveCommentAction } from "./comment-actions";
import { CommentForm, ResolveButton } from "./comment-forms";

export interface NumberedTopic extends ThreadTopic {
  /** The topic's number on the page, in the order it was opened ("Trao đổi #2"). */
  n: number;
  mayResolve: boolean;
}

interface Props {
  slug: string;
  year: number;
  locale: Locale;
  t: Messages["comments"]["thread"];
  topics: NumberedTopic[];
  /** Each indicator's name, in the catalogue's order, for "about" and the choice of a new comment's subject. */
  names: [string, string][];
}

function Comment({ c, t, locale }: { c: ThreadComment; t: Props["t"]; locale: Locale }) {
  return (
    <div className="space-y-1">
      <p className="text-sm text-muted">
        <span className="font-semibold text-ink">{t.kinds[c.kind]}</span>{" — "}
        {fill(t.byWhen, { author: c.author ?? t.someone, time: formatDateTime(new Date(c.createdAt), locale) })}
      </p>
      <p className="whitespace-pre-line">{c.body}</p>
    </div>
  );
}

export function CommentThread({ slug, year, locale, t, topics, names }: Props) {
  const nameOf = new Map(names);
  const post = postCommentAction.bind(null, slug, year, locale);
  const open = topics.filter((x) => !x.root.resolvedAt);
  const done = topics.filter((x) => x.root.resolvedAt);
  const topic = (x: NumberedTopic) => (
    <li key={x.root.id} id={`trao-doi-${x.n}`} className={`space-y-2 rounded border p-3 ${x.root.resolvedAt ? "border-line bg-surface" : "border-2 border-alert bg-alert-soft"}`} data-testid="thread-topic">
      <h4 className="font-semibold">
        {fill(t.topic, { n: x.n })} · {x.root.indicatorCode ? fill(t.about, { name: nameOf.get(x.root.indicatorCode) ?? x.root.indicatorCode }) : t.wholeReport}
      </h4>
      <Comment c={x.root} t={t} locale={locale} />
      {x.replies.length > 0 && (
        <ul className="space-y-2 border-l-2 border-line pl-3">
          {x.replies.map((r) => <li key={r.id}><Comment c={r} t={t} locale={locale} /></li>)}
        </ul>
      )}
      {x.root.resolvedAt ? (
        <p className="text-sm text-ok">{fill(t.resolvedBy, { author: x.root.resolvedBy ?? t.someone, time: formatDateTime(new Date(x.root.resolvedAt), locale) })}</p>
      ) : (
        <div className="space-y-2">
          <CommentForm action={post} idPrefix={`reply-${x.n}`} label={fill(t.replyLabel, { n: x.n })} send={t.replySend} sent={t.sent} parentId={x.root.id} />
          {x.mayResolve && <ResolveButton action={resolveCommentAction.bind(null, slug, year, x.root.id, locale)} label={fill(t.resolve, { n: x.n })} />}
        </div>
      )}
    </li>
  );
  return (
    <section id="trao-doi" aria-labelledby="thread-title" className="space-y-3 rounded border border-line bg-surface p-4">
      <h2 id="thread-title" className="text-lg font-semibold">{t.title}</h2>
      <p className="text-sm text-muted">{t.intro}</p>
      {open.length > 0 && (
        <>
          <h3 className="font-semibold text-alert">{fill(t.open, { n: open.length })}</h3>
          <ol className="space-y-3">{open.map(topic)}</ol>
        </>
      )}
      {topics.length === 0 && <p className="text-muted">{t.none}</p>}
      <CommentForm
        action={post} idPrefix="new-comment" label={t.newLabel} send={t.send} sent={t.sent}
        about={{ label: t.aboutLabel, options: [{ value: "", label: t.wholeReport }, ...names.map(([value, label]) => ({ value, label }))] }}
      />
      {done.length > 0 && (
        <details>
          <summary className="cursor-pointer font-semibold">{fill(t.resolved, { n: done.length })}</summary>
          <ol className="mt-2 space-y-3">{done.map(topic)}</ol>
        </details>
      )}
    </section>
  );
}
