import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { LocalTime } from "@/components/ui/local-time";
import type { CaseReaders as Readers } from "@/lib/data/reads/case-readers";
import { auditFilterQuery, auditFilterSchema, userReadsQuery } from "@/lib/schemas/audit-filter";

type Props = { readers: Readers; reference: string; organizationId: string };

/**
 * Who read the case, newest first: "Amina Diallo (MSF) opened it — 25 Oct 2016 14:05". A reader of the
 * recording organization links to everything they read; the full list is in the audit log.
 */
export function CaseReaders({ readers: { readers, hasMore }, reference, organizationId }: Props) {
  const t = useTranslations("reads");
  const tVocab = useTranslations("vocab");
  const nameOf = (reader: Readers["readers"][number]["reader"]) => {
    if (!reader) return <bdi>{t("unknownReader")}</bdi>;
    const name = <bdi>{reader.name}</bdi>;
    return reader.organization.id === organizationId ? <Link href={`/audit/reads${userReadsQuery({ user: reader.id, page: 1 })}`}>{name}</Link> : name;
  };
  return (
    <section aria-labelledby="readers-heading" className="card">
      <h2 id="readers-heading">{t("caseHeading")}</h2>
      {readers.length === 0 ? (
        <p className="muted">{t("noReaders")}</p>
      ) : (
        <ol className="timeline">
          {readers.map(({ id, at, kind, reader }) => (
            <li key={id}>
              {nameOf(reader)}
              {reader && <> (<bdi title={reader.organization.name}>{reader.organization.shortName}</bdi>)</>}
              {" — "}{tVocab("readKind", { kind })} — <LocalTime value={at} />
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <p><Link href={`/audit${auditFilterQuery(auditFilterSchema.parse({ incident: reference, action: "READ" }))}`}>{t("moreReaders")}</Link></p>
      )}
    </section>
  );
}
