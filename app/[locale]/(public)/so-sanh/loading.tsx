import { Skeleton } from "@/components/skeleton";
import { LoadingStatus } from "@/components/ui-text";

export default function Loading() {
  return (
    <div className="space-y-6">
      <LoadingStatus />
      <Skeleton className="h-9 w-96 max-w-full" />
      <Skeleton className="h-20 w-full" />
      <Skeleton className="h-96 w-full" />
    </div>
  );
}
