"use client";

import { INCIDENT_FIELD_LABELS as L } from "@/lib/schemas/incident-vocabulary";
import type { FieldName } from "./field-state";
import { CountField, TextField } from "./fields";

// A change to a figure re-checks the ones a rule compares it with, once the user has left them.
const GROUPS: FieldName[] = ["women", "men", "children", "girls", "boys", "sexAgeUnknown"];
const CHECKS_ON_BOARD: { deps: FieldName[] } = { deps: ["personsOnBoard", ...GROUPS, "unaccompaniedMinors", "pregnantWomen", "infants", "nationalities"] };
const CHECKS_GROUPS: { deps: FieldName[] } = { deps: GROUPS };

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
      <fieldset className="subsection" aria-describedby="people-groups-hint">
        <legend>By sex and age</legend>
        <p id="people-groups-hint" className="muted">
          Women and men are adults. Children counts every minor; girls and boys are the children whose sex is known. Together they are at most the persons on board.
        </p>
        <div className="form-grid">
          <CountField name="women" label={L.women} rules={{ deps: [...GROUPS, "pregnantWomen"] }} />
          <CountField name="men" label={L.men} rules={CHECKS_GROUPS} />
          <CountField name="children" label={L.children} rules={{ deps: [...GROUPS, "unaccompaniedMinors", "infants"] }} />
          <CountField name="girls" label={L.girls} rules={CHECKS_GROUPS} />
          <CountField name="boys" label={L.boys} rules={CHECKS_GROUPS} />
          <CountField name="sexAgeUnknown" label={L.sexAgeUnknown} rules={CHECKS_GROUPS} />
        </div>
      </fieldset>
      <fieldset className="subsection">
        <legend>Vulnerable persons</legend>
        <div className="form-grid">
          <CountField name="unaccompaniedMinors" label={L.unaccompaniedMinors} />
          <CountField name="pregnantWomen" label={L.pregnantWomen} />
          <CountField name="infants" label={L.infants} />
        </div>
      </fieldset>
      <fieldset className="subsection">
        <legend>Departure</legend>
        <div className="form-grid">
          <TextField name="departurePlace" label={L.departurePlace} hint="e.g. Sabratha, Libya" />
          <TextField name="departedAt" label={L.departedAt} type="datetime-local" rules={{ deps: ["occurredAt"] }} />
        </div>
      </fieldset>
    </fieldset>
  );
}
