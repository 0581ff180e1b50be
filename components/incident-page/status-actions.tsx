import { useTranslations } from "next-intl";
import { type Allowed, StatusButtons } from "./status-buttons";

/** The status changes the user may make, in the reader's language. */
export function StatusActions({ id, version, allowed }: { id: string; version: number; allowed: Allowed }) {
  const t = useTranslations("casePage");
  const words = {
    submit: t("submit"), verify: t("verify"), archive: t("archive"), delete: t("delete"),
    archiveQuestion: t("archiveQuestion"), deleteQuestion: t("deleteQuestion"), unreachable: t("statusUnreachable"),
  };
  return <StatusButtons id={id} version={version} allowed={allowed} words={words} />;
}
