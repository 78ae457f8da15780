import type { Messages } from "@/lib/i18n/messages";
import { authEn } from "./auth/en";
import { dashboardEn } from "./dashboard/en";
import { reportFormEn } from "./reportForm/en";
import { registerEn } from "./register/en";
import { chartsEn } from "./charts/en";
import { summaryEn } from "./summary/en";
import { findEn } from "./find/en";
import { errorsEn } from "./errors/en";
import { slidesEn } from "./slides/en";
import { mapEn } from "./map/en";
import { trendsEn } from "./trends/en";
import { termFilesEn } from "./term-files/en";
import { commentsEn } from "./comments/en";
import { progressBoardEn } from "./progress/en";
import { sourcesEn } from "./sources/en";
import { mailEn } from "./mail/en";
import { conflictsEn } from "./conflicts/en";
import { smallEn } from "./small/en";

// Typed against vi.ts: a missing or extra key is a compile error.
export const en: Messages = {
  meta: {
    product: "HTX Dashboard",
    description:
      "Figures on cooperatives, cooperative unions, cooperative groups and people's credit funds by province, year and congress term, with the source of every figure.",
  },
  nav: {
    label: "Main navigation",
    provinces: "Provinces",
    skip: "Skip to main content",
    switchTo: "Tiếng Việt",
    switchLabel: "Chuyển sang tiếng Việt",
  },
  synthetic: {
    banner: "Simulated data — not real figures",
  },
  footer: {
    sources:
      "Every figure comes from the source cited beside it: press “Source” next to a figure to see the article and the quoted sentence. Only approved figures are shown.",
  },
  home: {
    title: "The collective economy by province",
    intro:
      "Cooperatives, cooperative groups, members and incomes as published by the provincial Cooperative Alliances, by year and by congress term, with the source of every figure.",
    counts: "{all} provinces before {date}; {current} provinces today.",
    countsNoMerger: "{current} provinces.",
    caption: "Provinces with figures: the latest approved year",
    colProvince: "Province",
    colYear: "Year",
    colCoops: "Cooperatives",
    colCoopsNew: "New cooperatives",
    colGroups: "Cooperative groups",
    colMembers: "Members and workers",
    colIncome: "Average income",
    membersOnly: "members only",
    noReport: "no yearly report yet",
    terms: "{n} congress terms",
    termsOne: "1 congress term",
    empty: "No province has approved figures yet.",
    mergedBadge: "merged into {name}",
    inferredBadge: "province inferred",
    unconfirmedBadge: "province unconfirmed",
    attributionHelp: "A source does not name its province; the province page says why its figures are attributed here.",
    missing: "no figure",
  },
  province: {
    city: "Centrally-run city",
    formerName: "Former name: {name}",
    validSince: "Current boundaries since {from}",
    validBetween: "Existed from {from} to {until}",
    mergedNotice: "This province merged into {successor} on {date}.",
    mergedDetail: "The figures below are {name}'s from before the merger; they stay with the province that reported them.",
    absorbedTitle: "Provinces merged into {name}",
    absorbedItem: "{province}, from {date}",
    absorbedNote: "Each former province's figures are on its own page.",
    sections: "On this page",
    noData: "No approved figures or congress terms for this province yet.",
  },
  terms: {
    title: "By congress term",
    none: "No congress term recorded yet.",
    heading: "Term {years}",
    headingCongress: "Congress {congress}, term {years}",
    yearsInferred: "years inferred",
    noTargets: "The sources give no numeric targets for this term.",
    caption: "Targets and results, term {years}",
    kinds: {
      TERM_TOTAL: "Total over the term",
      ANNUAL: "Every year",
      END_LEVEL: "Level at term end",
      GROWTH: "Growth over previous term",
    },
    targetYear: "in {year}",
    orMore: "or more",
  },
  years: {
    title: "By year",
    none: "No approved yearly report yet.",
    heading: "Year {year}",
    approvedOn: "approved {date}",
    caption: "Figures for {year}",
    colIndicator: "Indicator",
    colValue: "Value",
    colNotes: "Notes",
    cumulative: "cumulative {from}–{to}",
    period: "over {from}–{to}",
    groups: {
      units: "Organisations",
      people: "Members and workers",
      finance: "Finance and income",
      quality: "Quality and performance",
      support: "Support",
      other: "Other",
    },
  },
  flags: {
    derived: "derived",
    derivedHelp: "Not stated by the source; we computed it from the source's other figures.",
    estimate: "estimate",
    estimateHelp: "The source calls it an estimate or an expectation.",
    ambiguous: "ambiguous",
    ambiguousHelp: "The source's sentence can be read more than one way.",
    creditIn: "incl. credit funds",
    creditOut: "excl. credit funds",
    creditUnknown: "credit funds unclear",
    creditHelp: "Sources sometimes count people's credit funds inside the cooperative total and sometimes apart.",
    inherited: {
      unconfirmed: "province unconfirmed",
      inferred: "province inferred",
      unconfirmedText: "Includes figures from an article that never names its province, attributed to {names} without confirmation.",
      inferredText: "Includes figures from an article that does not name its province, attributed to {names} by inference.",
      derivedText: "Includes figures of {names} that we derived; the source does not state them.",
      estimateText: "Includes estimated figures of {names}.",
      ambiguousText: "Includes figures of {names} whose source sentence reads more than one way.",
    },
  },
  attribution: {
    INFERRED: "The article does not name its province; attributed to this province by inference: {note}",
    UNCONFIRMED:
      "Unconfirmed: the article does not name its province, and attributing it here is an unverified guess: {note}",
    source: "Source: {title}",
  },
  source: {
    button: "Source",
    buttonFor: "Source: {what}",
    close: "Close",
    published: "Published {date}",
    event: "Event on {date}",
    open: "Open the original",
    quote: "Quoted sentence (Vietnamese)",
    gloss: "In English",
    note: "Note",
    none: "No source recorded",
  },
  dimensions: {
    values: {
      tea: "tea",
      livestock: "livestock",
      crops: "crops and processing",
      agriculture: "agriculture",
      "non-agriculture": "non-agriculture",
      exemplary: "exemplary cooperatives",
      "thon-chang": "thôn Chang model",
    },
  },
  notFound: {
    title: "Page not found",
    body: "This address is not part of HTX Dashboard.",
    province: "There is no province at this address.",
    back: "Back to the provinces",
  },
  error: {
    title: "The page could not be loaded",
    body: "Something went wrong on the server. Please try again in a few minutes; if it persists, tell the administrator.",
    retry: "Try again",
  },
  loading: "Loading figures…",
  status: {
    EXCEEDED: "Exceeded",
    ACHIEVED: "Achieved",
    NOT_MET: "Not met",
    INCONCLUSIVE: "Cannot tell",
    NO_DATA: "No data",
    ON_TRACK: "On track",
    BEHIND: "Behind",
    exceededBy: "{pct} above",
    exceededByAtLeast: "at least {pct} above",
    inconclusiveHelp: "The result is a range or a lower bound on both sides of the target: the sources do not say whether it was met.",
    approximate: "approximate",
    running: "term in progress",
    expected: "pro-rata expectation {value}",
  },
  charts: chartsEn,
  summary: summaryEn,
  auth: authEn,
  dashboard: dashboardEn,
  reportForm: reportFormEn,
  register: registerEn,
  find: findEn,
  errors: errorsEn,
  slides: slidesEn,
  map: mapEn,
  trends: trendsEn,
  termFiles: termFilesEn,
  comments: commentsEn,
  progressBoard: progressBoardEn,
  sources: sourcesEn,
  notifications: mailEn,
  conflicts: conflictsEn,
  small: smallEn,
};
