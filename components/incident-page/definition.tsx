import type { ReactNode } from "react";

/** One term/value pair of a definition list; unknown values read "Unknown", never 0. */
export function Definition({ term, children }: { term: string; children: ReactNode }) {
  const isEmpty = children === null || children === undefined || children === "" || (Array.isArray(children) && children.length === 0);
  return (
    <>
      <dt>{term}</dt>
      <dd>{isEmpty ? <span className="muted">Unknown</span> : children}</dd>
    </>
  );
}

export const count = (value: number | null) => (value === null ? null : value.toLocaleString("en"));
