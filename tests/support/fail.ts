/** The error a promise rejects with; throws if it resolves (the call was accepted when it should not be). */
export const fail = (p: Promise<unknown>) => p.then(() => { throw new Error("accepted"); }, (e) => e);
