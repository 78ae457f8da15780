// Any /api/v1 address no route answers: a JSON 404 for every method, like the rest of the API (Next's own 404 is
// an HTML page). Next prefers every other route to this catch-all.
import { apiError } from "@/lib/api/respond";

function notFound() {
  return apiError(404, "NOT_FOUND", (w) => w.api("NO_SUCH_ADDRESS"));
}

export { notFound as GET, notFound as HEAD, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
