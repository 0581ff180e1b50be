"use client";

import { useTranslations } from "next-intl";
import type { FieldName } from "./field-state";
import { CountField, TextField } from "./fields";

// A change to a figure re-checks the ones a rule compares it with, once the user has left them.
const GROUPS: FieldName[] = ["women", "men", "children", "girls", "boys", "sexAgeUnknown"];
const CHECKS_ON_BOARD: { deps: FieldName[] } = { deps: ["personsOnBoard", ...GROUPS, "unaccompaniedMinors", "pregnantWomen", "infants", "nationalities"] };
const CHECKS_GROUPS: { deps: FieldName[] } = { deps: GROUPS };

export function PeopleSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  return (
    <fieldset className="form-section">
      <legend>{t("peopleSection")}</legend>
      <p className="muted">{t("peopleIntro")}</p>
      <div className="form-grid">
        <CountField name="rescued" label={tField("rescued")} rules={CHECKS_ON_BOARD} />
        <CountField name="dead" label={tField("dead")} rules={CHECKS_ON_BOARD} />
        <CountField name="missing" label={tField("missing")} rules={CHECKS_ON_BOARD} />
      </div>
      <fieldset className="subsection" aria-describedby="people-groups-hint">
        <legend>{t("bySexAndAge")}</legend>
        <p id="people-groups-hint" className="muted">{t("groupsHint")}</p>
        <div className="form-grid">
          <CountField name="women" label={tField("women")} rules={{ deps: [...GROUPS, "pregnantWomen"] }} />
          <CountField name="men" label={tField("men")} rules={CHECKS_GROUPS} />
          <CountField name="children" label={tField("children")} rules={{ deps: [...GROUPS, "unaccompaniedMinors", "infants"] }} />
          <CountField name="girls" label={tField("girls")} rules={CHECKS_GROUPS} />
          <CountField name="boys" label={tField("boys")} rules={CHECKS_GROUPS} />
          <CountField name="sexAgeUnknown" label={tField("sexAgeUnknown")} rules={CHECKS_GROUPS} />
        </div>
      </fieldset>
      <fieldset className="subsection">
        <legend>{t("vulnerable")}</legend>
        <div className="form-grid">
          <CountField name="unaccompaniedMinors" label={tField("unaccompaniedMinors")} />
          <CountField name="pregnantWomen" label={tField("pregnantWomen")} />
          <CountField name="infants" label={tField("infants")} />
        </div>
      </fieldset>
      <fieldset className="subsection">
        <legend>{t("departure")}</legend>
        <div className="form-grid">
          <TextField name="departurePlace" label={tField("departurePlace")} hint={t("departureExample")} />
          <TextField name="departedAt" label={tField("departedAt")} type="datetime-local" rules={{ deps: ["occurredAt"] }} />
        </div>
      </fieldset>
    </fieldset>
  );
}
