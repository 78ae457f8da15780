import type { dashboardVi } from "./vi";

export const dashboardEn: typeof dashboardVi = {};
