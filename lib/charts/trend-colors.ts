// The trend charts' colours (decision 0033), apart from trend-text.ts so that the client chart imports no text.
// The running total is Okabe–Ito bluish green: not a status colour, so it never reads as a verdict.
import { CHART_COLORS } from "./config";

export const TREND_COLORS = { value: "var(--color-accent)", cumulative: "#009e73", band: CHART_COLORS.band, target: CHART_COLORS.target } as const;
