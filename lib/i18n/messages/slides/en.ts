import type { slidesVi } from "./vi";

export const slidesEn: typeof slidesVi = {
  present: "Present",
  presentHelp: "Open the presentation for the meeting: one slide per target, walked with the keyboard.",
  title: "Presentation: {province}, {years} term",
  deck: "Slides",
  controls: "Presentation controls",
  back: "Back to the term's page",
  slideOf: "Slide {n}/{total}",
  previous: "Previous slide",
  next: "Next slide",
  previousShort: "Previous",
  nextShort: "Next",
  fullScreen: "Full screen (F)",
  exit: "Leave (Esc)",
  keys: "Keys: → ← Space PageDown PageUp Home End; F: full screen; Esc: leave.",
  cover: {
    kicker: "Targets and results",
    approvedOn: "Approved figures up to {year} (last approved on {date}).",
    noneApproved: "No figures of this term have been approved yet.",
    running: "The term is under way: progress up to the end of {year}.",
  },
  summary: {
    title: "Summary: {n} targets",
    titleOne: "Summary: 1 target",
    caption: "Each target's assessment",
    slide: "Slide",
  },
  target: {
    quote: "The sentence that set the target",
    source: "Source: {title}",
    pace: "Heading to the term's end",
    table: "Target and result: {indicator}",
    basis: "Basis",
  },
};
