// Uploads a file to an import route and follows its progress. XMLHttpRequest rather than fetch: it reports the
// upload's progress (fetch cannot), and its onprogress hands over the NDJSON lines the server streams while it
// reads, checks and writes (lib: app/api/v1/import/_lib/http.ts), so one bar covers both halves.
export type Progress = { phase: "upload" | "read" | "check" | "write"; done: number; total: number };

export interface ImportProblem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  messageEn: string;
}

export interface ImportOutcome {
  rows: number;
  valid: number;
  created: number;
  problems: ImportProblem[];
  byType?: Record<string, number>;
  changes?: { code: string; name: string; before: { value: number; high: number | null; qualifier: string } | null; after: { value: number; high: number | null; qualifier: string } }[];
  version?: number;
}

export type SendResult =
  | { ok: true; result: ImportOutcome }
  | { ok: false; message: string; messageEn: string; problems: ImportProblem[] }
  | { ok: false; network: true };

type ErrorBody = { error?: { message?: string; messageEn?: string; file?: { message: string; messageEn: string }; problems?: ImportProblem[] } };

function failure(body: ErrorBody): SendResult {
  const e = body.error ?? {};
  return { ok: false, message: e.file?.message ?? e.message ?? "", messageEn: e.file?.messageEn ?? e.messageEn ?? "", problems: e.problems ?? [] };
}

export function sendFile(url: string, fields: Record<string, string | Blob>, onProgress: (p: Progress) => void): Promise<SendResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/x-ndjson");
    let seen = 0;
    let final: SendResult | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf("\n");
      if (end < seen) return;
      for (const line of text.slice(seen, end).split("\n")) {
        if (!line.trim()) continue;
        const msg = JSON.parse(line) as { type: string } & Record<string, unknown>;
        if (msg.type === "progress") onProgress(msg as unknown as Progress);
        else if (msg.type === "result") final = { ok: true, result: msg as unknown as ImportOutcome };
        else if (msg.type === "error") final = failure(msg as ErrorBody);
      }
      seen = end + 1;
    };
    xhr.upload.onprogress = (e) => onProgress({ phase: "upload", done: e.loaded, total: e.lengthComputable ? e.total : 0 });
    xhr.onprogress = () => { if (xhr.status === 200) readLines(); };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        try {
          resolve(failure(JSON.parse(xhr.responseText) as ErrorBody));
        } catch {
          resolve({ ok: false, network: true });
        }
        return;
      }
      readLines();
      resolve(final ?? { ok: false, network: true });
    };
    xhr.onerror = () => resolve({ ok: false, network: true });
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    xhr.send(form);
  });
}
