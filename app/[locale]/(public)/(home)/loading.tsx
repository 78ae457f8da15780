import { Skeleton } from "@/components/skeleton";
import { LoadingStatus } from "@/components/ui-text";

export default function Loading() {
  return (
    <div className="space-y-6">
      <LoadingStatus />
      <Skeleton className="h-9 w-96 max-w-full" />
      <Skeleton className="h-6 w-full max-w-3xl" />
      <Skeleton className="h-5 w-80" />
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
