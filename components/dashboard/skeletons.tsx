// Placeholders of roughly the final size while a section streams in, so the page does not jump.
export function Skeleton({ label, height }: { label: string; height: number }) {
  return (
    <div className="skeleton" style={{ height }} aria-busy="true">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}

export function KpiSkeleton({ label }: { label: string }) {
  return (
    <ul className="kpi-grid" aria-busy="true">
      {Array.from({ length: 10 }, (_, i) => <li key={i} className="kpi card skeleton" />)}
      <li className="visually-hidden">{label}</li>
    </ul>
  );
}
