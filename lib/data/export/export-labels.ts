import "server-only";
import { getTranslations } from "next-intl/server";
import { AlertSource, BoatCondition, BoatType, CauseOfDeath, EvacuationMeans, IncidentStatus, InjuryType, Severity, TimelineEventType } from "@/generated/prisma/enums";

type Words = Record<string, string>;

/** For each coded column of the exports: stored code → the reader's word. */
export type ExportLabels = {
  status: Words; boatType: Words; boatCondition: Words; causeOfDeath: Words;
  injuryType: Words; severity: Words; evacuationMeans: Words; eventType: Words; alertSource: Words;
};

const words = <T extends string>(codes: Record<string, T>, word: (code: T) => string): Words =>
  Object.fromEntries(Object.values(codes).map((code) => [code, word(code)]));

/** The vocabulary of the screens, in the reader's language, for an export with translated labels in its value cells. */
export async function exportLabels(): Promise<ExportLabels> {
  const tVocab = await getTranslations("vocab");
  return {
    status: words(IncidentStatus, (status) => tVocab("status", { status })),
    boatType: words(BoatType, (type) => tVocab("boatType", { type })),
    boatCondition: words(BoatCondition, (condition) => tVocab("boatCondition", { condition })),
    causeOfDeath: words(CauseOfDeath, (cause) => tVocab("causeOfDeath", { cause })),
    injuryType: words(InjuryType, (type) => tVocab("injuryType", { type })),
    severity: words(Severity, (severity) => tVocab("severity", { severity })),
    evacuationMeans: words(EvacuationMeans, (means) => tVocab("evacuationMeans", { means })),
    eventType: words(TimelineEventType, (type) => tVocab("eventType", { type })),
    alertSource: words(AlertSource, (source) => tVocab("alertSource", { source })),
  };
}
