// Wraps a route handler of the API so that nothing it throws leaves as anything but the API's JSON error
// (lib/api/handle.ts errorResponse: 503 when the database is unavailable, else a generic 500; the real error
// goes to the log). Next would answer a 500 with an empty body.
import type { NextRequest } from "next/server";
import { errorResponse } from "./handle";

export function jsonErrors<C>(handler: (request: NextRequest, ctx: C) => Promise<Response>): (request: NextRequest, ctx: C) => Promise<Response> {
  return async (request, ctx) => {
    try {
      return await handler(request, ctx);
    } catch (err) {
      return errorResponse(err);
    }
  };
}
