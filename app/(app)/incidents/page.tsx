import type { Metadata } from "next";
import Link from "next/link";
import { IncidentTable } from "@/components/incidents/incident-table";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import { incidentListQuerySchema } from "@/lib/schemas/incident-list-query";

export const metadata: Metadata = { title: "Incidents" };

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireUser();
  const query = incidentListQuerySchema.parse(await searchParams);
  const { rows, total, page, pageCount } = await findIncidents(user, query);
  return (
    <>
      <div className="page-heading">
        <h1>Incidents</h1>
        {can(user, "incident:create") && <Link className="button" href="/incidents/new">New incident</Link>}
      </div>
      <p className="muted">
        {total.toLocaleString("en")} incidents of {user.organizationName} and its partners, newest first.
      </p>
      <IncidentTable rows={rows} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/incidents?page=${p}`} />
    </>
  );
}
