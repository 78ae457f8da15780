import { Skeleton } from "@/components/skeleton";
import { LoadingStatus } from "@/components/ui-text";

export default function Loading() {
  return (
    <div className="space-y-8">
      <LoadingStatus />
      <Skeleton className="h-5 w-48" />
      <Skeleton className="h-9 w-96 max-w-full" />
      <Skeleton className="h-5 w-72" />
      {[0, 1].map((i) => (
        <div key={i} className="space-y-3 rounded-md border border-line p-4">
          <Skeleton className="h-7 w-80 max-w-full" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-56 w-full" />
        </div>
      ))}
    </div>
  );
}
