// Expected failures of a write, each with a code and an HTTP status; the catalogue words each code
// (lib/i18n/messages/errors, decision 0021). Anything else is unexpected: logged, and the user sees a generic
// message (lib/api/handle.ts, lib/actions/failure.ts).
import { errorWords } from "@/lib/i18n/errors";

export type ServiceErrorCode =
  | "NOT_SIGNED_IN" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "LOCKED" | "BAD_STATE" | "PROVINCE_CLOSED" | "SELF_APPROVAL";

const STATUS: Record<ServiceErrorCode, number> = {
  NOT_SIGNED_IN: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID: 422, CONFLICT: 409, LOCKED: 409, BAD_STATE: 409, PROVINCE_CLOSED: 409, SELF_APPROVAL: 403,
};

export class ServiceError extends Error {
  readonly status: number;
  constructor(readonly code: ServiceErrorCode, readonly details?: Record<string, unknown>) {
    // English for the logs; the reader's words are chosen at the edge, in their language.
    super(errorWords("en").service(code));
    this.status = STATUS[code];
  }
}
