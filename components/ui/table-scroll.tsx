"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A table that may be wider than the screen scrolls sideways in here, never the page. While it is cut off
 * it is a named region in the Tab order, so a keyboard can scroll it and a screen reader says what it is;
 * once everything fits it is a plain box again (no empty Tab stop). Before the script runs it assumes
 * the worst.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [isCutOff, setIsCutOff] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setIsCutOff(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  const region = isCutOff ? { role: "region", "aria-label": label, tabIndex: 0 } : {};
  return (
    <div ref={ref} className="table-scroll" {...region}>
      {children}
    </div>
  );
}
