// UI text (Vietnamese, the source of truth for en.ts beside it).
export const authVi = {};
