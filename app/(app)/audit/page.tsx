import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { findAuditEvents } from "@/lib/data/audit-events";
import { auditFilterQuery, auditFilterSchema } from "@/lib/schemas/audit-filter";

type Props = { searchParams: Promise<Record<string, string | string[]>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { incident } = auditFilterSchema.parse(await searchParams);
  return { title: incident ? `Audit log: ${incident}` : "Audit log" };
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "audit:view")) notFound();
  const filter = auditFilterSchema.parse(await searchParams);
  const { rows, total, page, pageCount } = await findAuditEvents(user, filter);
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">
        {total.toLocaleString("en")} events of {user.organizationName}, its incidents and its members, newest first. The log is a record: it cannot be edited.
      </p>
      <AuditFilterForm key={auditFilterQuery(filter, 1)} filter={filter} />
      <AuditTable rows={rows} />
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/audit${auditFilterQuery(filter, p)}`} />
    </>
  );
}
