/** A grey placeholder block; the loading text is for screen readers. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-line/70 ${className}`} />;
}
