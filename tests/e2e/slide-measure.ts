// What a projector shows of the current slide (the province and national decks): elements past the viewport,
// text under 24 px, a slide that scrolls, and whether the page scrolls sideways.
import type { Page } from "@playwright/test";

export async function measureSlide(page: Page) {
  return page.evaluate(() => {
    const [w, h] = [window.innerWidth, window.innerHeight];
    const deck = document.querySelector("[data-current]")!;
    const shown = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
    const outside = [...deck.querySelectorAll("*")]
      .filter(shown)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5);
      })
      .map(name);
    const small: string[] = [];
    const walker = document.createTreeWalker(deck, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !shown(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 24) small.push(`${size}px ${name(parent)}`);
    }
    const scrolls = [...deck.querySelectorAll("section[data-slide]")].filter(shown).some((s) => s.scrollHeight > s.clientHeight + 1);
    return { outside, small, scrolls, pageScrollX: document.documentElement.scrollWidth > w };
  });
}
