import type { chartsVi } from "./vi";

export const chartsEn: typeof chartsVi = {};
