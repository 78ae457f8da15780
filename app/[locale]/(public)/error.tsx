"use client";

import { useEffect } from "react";
import { useUiText } from "@/components/ui-text";

// Never shows the error's own text: a server error's message can carry database details.
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  const text = useUiText();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-3 rounded-md border-l-4 border-alert bg-alert-soft p-4">
      <h1 className="text-2xl font-bold">{text.error.title}</h1>
      <p>{text.error.body}</p>
      <button type="button" onClick={() => retry()} className="rounded border border-line bg-surface px-3 py-1 hover:bg-accent-soft">
        {text.error.retry}
      </button>
    </div>
  );
}
