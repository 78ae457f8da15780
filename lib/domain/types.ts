// Mirrors the Prisma enums so domain helpers stay free of the generated client.
export type Locale = "vi" | "en";
export type Qualifier = "EXACT" | "AT_LEAST" | "APPROX" | "NEARLY" | "RANGE";
export type Unit = "COUNT" | "PERSONS" | "MILLION_VND" | "BILLION_VND" | "PERCENT" | "MILLION_VND_PER_PERSON_MONTH" | "TIMES";
export type TargetKind = "TERM_TOTAL" | "ANNUAL" | "END_LEVEL" | "GROWTH";
export type IndicatorKind = "FLOW" | "STOCK" | "AVERAGE" | "SHARE" | "RATIO";
export type Attribution = "STATED" | "INFERRED" | "UNCONFIRMED";
