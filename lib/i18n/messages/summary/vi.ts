// UI text of the summary pages (Vietnamese, the source of truth for en.ts beside it).
export const summaryVi = {};
