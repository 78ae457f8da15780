import type { Messages } from "@/lib/i18n/messages";
import type { DeckText } from "./deck";

/** The deck's controls in the page's language (a plain module: the server builds it for the client deck). */
export function deckText(m: Messages): DeckText {
  const s = m.slides;
  return { deck: s.deck, controls: s.controls, previous: s.previous, previousShort: s.previousShort, next: s.next, nextShort: s.nextShort, fullScreen: s.fullScreen, exit: s.exit };
}
