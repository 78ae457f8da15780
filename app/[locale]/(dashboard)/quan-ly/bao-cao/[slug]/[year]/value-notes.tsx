// The thread's topics about one value, beside its field (decision 0039): who said what and when, whether it is
// resolved, and a link to the topic in the thread, where it is answered and resolved.
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

export interface ValueNote {
  /** The topic's number in the thread. */
  n: number;
  author: string;
  /** When, already in the reader's words. */
  time: string;
  body: string;
  resolved: boolean;
}

export function ValueNotes({ id, notes, t }: { id: string; notes: ValueNote[]; t: Messages["comments"]["thread"] }) {
  if (!notes.length) return null;
  return (
    <div id={id} className="rounded border border-line bg-paper p-2 text-sm" data-testid="value-notes">
      <p className="font-medium">{t.onValue}</p>
      <ul className="space-y-1">
        {notes.map((note) => (
          <li key={note.n} className={note.resolved ? "text-muted" : ""}>
            {fill(t.byWhen, { author: note.author, time: note.time })}: {note.body}{" "}
            <a href={`#trao-doi-${note.n}`}>({fill(t.seeThread, { n: note.n })})</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
