// The report's thread as the page shows it (decision 0039): topics numbered in the order they were opened, the
// unresolved first, who may resolve each, and the topics about each value for the field beside them.
import "server-only";
import { can, type Actor } from "@/lib/authz";
import type { Locale } from "@/lib/domain/types";
import { formatDateTime } from "@/lib/format/date-time";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportThread, threadTopics } from "@/lib/queries/report-thread";
import type { NumberedTopic } from "./comment-thread";
import type { ValueNote } from "./value-notes";

export async function threadView(db: PrismaClient, { reportId, actor, provinceId, locale, someone }: { reportId: number; actor: Actor; provinceId: number; locale: Locale; someone: string }) {
  const comments = await reportThread(db, reportId);
  const mayEdit = can(actor, "report:edit", { provinceId });
  const numbers = new Map(comments.filter((c) => c.parentId === null).map((c, i) => [c.id, i + 1]));
  const topics: NumberedTopic[] = threadTopics(comments).map((x) => ({ ...x, n: numbers.get(x.root.id)!, mayResolve: mayEdit || x.root.authorId === actor.id }));
  const valueNotes: Record<string, ValueNote[]> = {};
  for (const x of [...topics].sort((a, b) => a.n - b.n)) {
    if (!x.root.indicatorCode) continue;
    const note = { n: x.n, author: x.root.author ?? someone, time: formatDateTime(new Date(x.root.createdAt), locale), body: x.root.body, resolved: !!x.root.resolvedAt };
    (valueNotes[x.root.indicatorCode] ??= []).push(note);
  }
  return { topics, valueNotes, hasReturnComment: comments.some((c) => c.kind === "RETURN") };
}
