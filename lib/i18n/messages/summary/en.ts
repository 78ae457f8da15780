import type { summaryVi } from "./vi";

export const summaryEn: typeof summaryVi = {};
