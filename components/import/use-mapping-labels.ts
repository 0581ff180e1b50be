import { useTranslations } from "next-intl";
import { useMessageText } from "@/components/i18n/use-message-text";
import { FIELD_LABEL } from "@/lib/import-mapping/field-labels";
import type { MappableField } from "@/lib/import-mapping/fields";
import type { VocabularyField } from "@/lib/import-mapping/vocabularies";
import { vocabCase } from "@/lib/schemas/incident-vocabulary";

/** The words of the mapping screen for fields and codes, in the reader's language. */
export function useMappingLabels() {
  const text = useMessageText();
  const tVocab = useTranslations("vocab");
  const field = (name: MappableField) => text(FIELD_LABEL[name]);
  const code = (name: VocabularyField, value: string) => {
    switch (name) {
      case "status": return tVocab("status", { status: value });
      case "region": return tVocab("region", { region: vocabCase(value) });
      case "route": return tVocab("route", { route: vocabCase(value) });
      case "boat_type": return tVocab("boatType", { type: value });
      case "boat_conditions": return tVocab("boatCondition", { condition: value });
      case "causes_of_death": return tVocab("causeOfDeath", { cause: value });
    }
  };
  return { field, code, text };
}
