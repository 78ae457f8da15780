"use client";

import { useState } from "react";
import { foldName } from "@/lib/domain/search-text";

type Text = { label: string; hint: string; button: string; results: string; noResults: string };

/**
 * The index's search box. Without JavaScript it is a plain GET form (?q=…, filtered on the server); with it, the
 * rows already on the page are filtered as one types, and the address follows the query.
 */
export function ProvinceSearch({ q, status: initial, text, listId }: { q: string; status: string; text: Text; listId: string }) {
  const [value, setValue] = useState(q);
  const [status, setStatus] = useState(initial);

  // Runs as the visitor types; the server already filtered the first render, which stays as it came.
  function search(next: string) {
    setValue(next);
    const folded = foldName(next);
    const list = document.getElementById(listId);
    if (!list) return;
    let shown = 0;
    for (const row of list.querySelectorAll<HTMLElement>("[data-search]")) {
      const hit = folded === "" || (row.dataset.search ?? "").includes(folded);
      row.hidden = !hit;
      if (hit) shown += 1;
    }
    for (const section of list.querySelectorAll<HTMLElement>("section")) {
      section.hidden = section.querySelector("[data-search]:not([hidden])") === null;
    }
    const shownText = text.results.replace("{n}", String(shown)).replace("{q}", next.trim());
    setStatus(folded === "" ? "" : shown === 0 ? text.noResults.replace("{q}", next.trim()) : shownText);
    const url = new URL(window.location.href);
    if (next.trim()) url.searchParams.set("q", next.trim());
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }

  return (
    <form method="get" role="search" className="space-y-1">
      <label htmlFor="tinh-q" className="block font-semibold">
        {text.label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="tinh-q"
          name="q"
          type="search"
          value={value}
          onChange={(e) => search(e.target.value)}
          aria-describedby="tinh-q-hint"
          autoComplete="off"
          className="w-full max-w-sm rounded border border-line bg-surface px-3 py-2"
        />
        <button type="submit" className="rounded border border-accent bg-accent px-4 py-2 font-semibold text-white">
          {text.button}
        </button>
      </div>
      <p id="tinh-q-hint" className="text-sm text-muted">
        {text.hint}
      </p>
      <p role="status" className="min-h-5 text-sm">
        {status}
      </p>
    </form>
  );
}
