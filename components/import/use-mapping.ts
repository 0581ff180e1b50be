import { useMemo, useRef, useState } from "react";
import type { MappingOffer } from "@/lib/import-mapping/propose-mapping";
import { type ImportMapping, mappingSchemaFor } from "@/lib/import-mapping/schema";
import type { MappingIssue } from "./mapping-step";

/** The mapping being confirmed for the chosen file, and its problems by the schema the server applies too. */
export function useMapping() {
  const [offer, setOffer] = useState<MappingOffer | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const issues = useMemo((): MappingIssue[] => {
    if (!offer || !mapping) return [];
    const parsed = mappingSchemaFor(offer.facts).safeParse(mapping);
    return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  }, [offer, mapping]);
  return {
    offer, mapping, issues, problemsRef, setMapping,
    start: (next: MappingOffer | null) => {
      setOffer(next);
      setMapping(next?.proposal ?? null);
    },
  };
}
