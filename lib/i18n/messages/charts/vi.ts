// UI text of the charts pages (Vietnamese, the source of truth for en.ts beside it).
export const chartsVi = {};
