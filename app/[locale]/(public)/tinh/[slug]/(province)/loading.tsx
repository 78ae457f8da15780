// In a route group so that its loading skeleton does not wrap the term pages (nhiem-ky/), whose layout must
// answer an unknown term with a real 404 before any skeleton is streamed.
import { Skeleton } from "@/components/skeleton";
import { LoadingStatus } from "@/components/ui-text";

export default function Loading() {
  return (
    <div className="space-y-8">
      <LoadingStatus />
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-5 w-96 max-w-full" />
      {[0, 1].map((i) => (
        <div key={i} className="space-y-3">
          <Skeleton className="h-7 w-56" />
          <Skeleton className="h-48 w-full" />
        </div>
      ))}
    </div>
  );
}
