// Where server/main.ts leaves the process's knowledge of the published generation for the app's code to find.
// A global symbol, because the server's module and the modules Next bundles are different copies of any
// module they share.
export const RESPONSE_CACHE_KEY = Symbol.for("htx.response-cache");

export interface GenerationSink {
  /** A generation this process now knows is committed; older ones are dropped (a lower value is ignored). */
  learn(generation: bigint): void;
}

/** Tells this process's cache of a committed generation (nothing under `next dev` or in scripts). */
export function learnPublicGeneration(generation: bigint): void {
  const sink = (globalThis as Record<symbol, GenerationSink | null | undefined>)[RESPONSE_CACHE_KEY];
  sink?.learn(generation);
}
