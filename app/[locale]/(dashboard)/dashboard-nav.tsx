"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavLink {
  href: string;
  label: string;
}

/** The dashboard's links; the current page's link is marked for screen readers and by its look. */
export function DashboardNav({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  // Several entries may share an address (they lead to /quan-ly until their own index pages exist): mark the first.
  const currentIndex = links.findIndex((l) => l.href === pathname);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 md:flex-col">
        {links.map((l, i) => {
          const isCurrent = i === currentIndex;
          return (
            <li key={`${l.label}-${l.href}`}>
              <Link
                href={l.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`block rounded px-2 py-1 no-underline hover:bg-accent-soft ${isCurrent ? "bg-accent-soft font-semibold" : ""}`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
