import type { paceVi } from "./pace.vi";

export const paceEn: typeof paceVi = {
  title: "Where the {years} term is heading",
  summary: "At the pace so far (approved figures up to {asOf}): {parts}.",
  caption: "Pace so far, pace needed and projection to {end}",
  columns: { soFar: "Pace so far", needed: "Pace needed", projection: "Projection for {end}", status: "Heading" },
  perYear: "{value}/year",
  fromNow: "in the years left: {value}/year",
  points: "{value} points",
  status: {
    ACHIEVED: "Target achieved",
    ON_TRACK: "On track",
    ACCELERATION_NEEDED: "Acceleration needed",
    LIMITED_PROGRESS: "Limited progress",
    DETERIORATION: "Deterioration",
    INCONCLUSIVE: "Cannot tell",
    NO_DATA: "Cannot be worked out yet",
  },
  between: "between “{worst}” and “{best}”",
  reason: {
    NO_FIGURES: "no figures for any year since the congress",
    NO_BASELINE: "no starting level to compare with",
    LOWER_BOUND: "a figure is only a lower bound (“over …”)",
    MISSING_YEARS: "figures are missing for some years",
    RANGE: "a figure is a range",
  },
  method:
    "Method (Open SDG's scale): the pace so far against the pace that, held from the start of the term, meets the target on time; 95% or more is on track, 60–95% needs acceleration, 0–60% is limited progress, below 0 is deterioration. The projection keeps the pace so far to the end of the term: {methods}.",
  methods: {
    TOTAL_LINEAR: "for a term total, the total so far divided by the years gone by",
    YEARLY_AVERAGE: "for a yearly target, the average of the years with figures",
    LEVEL_LINEAR: "for an end level, the average yearly change since the starting year, in a straight line",
    COMPOUND_GROWTH: "for a growth multiple, the compound yearly growth since the congress",
  },
};
