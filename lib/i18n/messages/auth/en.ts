import type { authVi } from "./vi";

export const authEn: typeof authVi = {};
