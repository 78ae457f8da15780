// The workflow step just taken, in the report page's address (?da=nop): the page says it in a status region that
// stays, with or without JavaScript (decision 0039). Vietnamese words, like every address of the app.
import type { Transition } from "@/lib/domain/report-workflow";

export const STEP_FLAG: Record<Transition, string> = { submit: "nop", approve: "duyet", return: "tra-lai", reopen: "mo-lai" };

export function stepFromFlag(flag: unknown): Transition | null {
  const found = Object.entries(STEP_FLAG).find(([, f]) => f === flag);
  return found ? (found[0] as Transition) : null;
}
