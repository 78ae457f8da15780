// Types for extended-protocol-queue.mjs (plain JavaScript: the embedded database's child process runs it in node).
export const WRITTEN_FOR: string;
export function installedPgliteSocketVersion(): string;
export function serializeExtendedProtocol(queue: object, version?: string): void;
