"use client";

import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import type { FieldName } from "./field-state";
import { CountField } from "./fields";

// A change to a figure re-checks the ones a rule compares it with, once the user has left them.
const CHECKS_ON_BOARD: { deps: FieldName[] } = { deps: ["personsOnBoard", "children", "unaccompaniedMinors", "women", "pregnantWomen", "infants"] };

export function PeopleSection() {
  return (
    <fieldset className="form-section">
      <legend>People</legend>
      <p className="muted">Leave a figure blank when it is not known; enter 0 when there were none.</p>
      <div className="form-grid">
        <CountField name="rescued" label={L.rescued} rules={CHECKS_ON_BOARD} />
        <CountField name="dead" label={L.dead} rules={CHECKS_ON_BOARD} />
        <CountField name="missing" label={L.missing} rules={CHECKS_ON_BOARD} />
      </div>
      <fieldset className="subsection">
        <legend>Vulnerable persons</legend>
        <div className="form-grid">
          <CountField name="children" label={L.children} rules={{ deps: ["unaccompaniedMinors", "infants"] }} />
          <CountField name="unaccompaniedMinors" label={L.unaccompaniedMinors} />
          <CountField name="women" label={L.women} rules={{ deps: ["pregnantWomen"] }} />
          <CountField name="pregnantWomen" label={L.pregnantWomen} />
          <CountField name="infants" label={L.infants} />
        </div>
      </fieldset>
    </fieldset>
  );
}
