import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ImportForm } from "@/components/import/import-form";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Import incidents" };

export default async function ImportPage() {
  const user = await requireUser();
  if (!can(user, "incident:import")) {
    return (
      <>
        <h1>Import incidents</h1>
        <p className="alert">Only coordinators and administrators may import incidents.</p>
      </>
    );
  }
  return (
    <>
      <h1>Import incidents</h1>
      <p>
        Upload a CSV file in the Rescue Ledger layout (as exported from the <Link href="/incidents">incident list</Link>) or in the
        layout of the IOM Missing Migrants Project&apos;s download. A dry run shows what would change; nothing is written until you confirm.
      </p>
      <ul className="muted">
        <li>Imported incidents belong to {user.organizationName}. Rows already imported are matched by reference, or by IOM Web ID, so importing a file twice creates nothing new.</li>
        <li>New rows are created as drafts or submitted, as the form creates them; a status column moves existing incidents one step, as their pages do.</li>
        <li>IOM records are imported as submitted, with the credit “IOM Missing Migrants Project” (CC BY 4.0) shown where they appear.</li>
        <li>Timeline events and track points files (as exported) add their rows to your organization&apos;s cases, under the case page&apos;s rules; rows already on a case are left as they are.</li>
      </ul>
      <ImportForm canCreateNames={can(user, "vessels:manage") && can(user, "organizations:manage")} />
    </>
  );
}
