import type { Messages } from "@/lib/i18n/messages";

/**
 * Above every page of a database that holds the synthetic country: its figures look real (the real provinces,
 * plausible numbers) and a screenshot must not pass for them. Part of the HTML, so cached pages keep it.
 */
export function SyntheticBanner({ m }: { m: Messages }) {
  return (
    <p role="note" className="border-b-2 border-warn bg-warn-soft px-4 py-2 text-center font-semibold text-warn">
      {m.synthetic.banner}
    </p>
  );
}
