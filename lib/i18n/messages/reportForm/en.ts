import type { reportFormVi } from "./vi";

export const reportFormEn: typeof reportFormVi = {};
