"use client";

// A failed query (e.g. the database is unreachable) leaves the rest of the app usable.
export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="alert" role="alert">
      The dashboard could not be loaded. <button className="button button-quiet" type="button" onClick={reset}>Try again</button>
    </div>
  );
}
