import { Link } from "@/components/ui/link";

/** What a missing page says. Pages a user may not open answer the same, so that they reveal nothing. */
export function NotFoundMessage() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>This page could not be found, or your account cannot open it.</p>
      <p><Link href="/incidents">Go to the incidents</Link></p>
    </div>
  );
}
