"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { isolated } from "@/components/i18n/isolated";
import type { PersonalDataWarnings } from "@/lib/app-error";
import { type KnownNames, knownNames, type PersonalDataWarning, personalDataWarnings } from "@/lib/privacy/personal-data";

// The personal-data warnings under a free-text field (issue 15): checked in the browser when the user
// leaves the field, joined by what the server found when it held a save back. They never block: the
// form offers "Save anyway".

const SHOWN = 5;

type Check = { known: KnownNames; server: PersonalDataWarnings };
const PersonalDataContext = createContext<Check | null>(null);

/** The registry names the form already has (vessels, organizations), and the server's latest warnings. */
export function PersonalDataCheck({ names, server, children }: { names: readonly string[]; server: PersonalDataWarnings; children: ReactNode }) {
  const known = useMemo(() => knownNames(names), [names]);
  const check = useMemo(() => ({ known, server }), [known, server]);
  return <PersonalDataContext value={check}>{children}</PersonalDataContext>;
}

const same = (a: PersonalDataWarning, b: PersonalDataWarning) => a.kind === b.kind && a.text === b.text;

/**
 * The warnings for one field: from its text as it was when the user last left it (or as the form opened),
 * and from the server, as long as the field still holds what they point at. `onBlur` goes on the field.
 */
export function usePersonalDataWarnings(name: string, value: string | null | undefined) {
  const check = useContext(PersonalDataContext);
  const [checked, setChecked] = useState(value ?? "");
  const warnings = useMemo(() => {
    if (!check || !value) return [];
    const found = [...personalDataWarnings(checked, check.known), ...(check.server[name] ?? [])];
    return found.filter((warning, i) => value.includes(warning.text) && found.findIndex((other) => same(other, warning)) === i);
  }, [check, checked, name, value]);
  const onBlur = (event: { target: { value: string } }) => setChecked(event.target.value);
  return { warnings, onBlur };
}

/** The polite announcement under a field: what looks like personal data, and what to write instead. */
export function PersonalDataNotes({ id, warnings }: { id: string; warnings: readonly PersonalDataWarning[] }) {
  const t = useTranslations("privacyWarnings");
  return (
    // A live region without role="status": a form's one status stays its own save announcement.
    <div id={id} className="field-warning" aria-live="polite">
      {warnings.length > 0 && (
        <>
          <ul>
            {warnings.slice(0, SHOWN).map((warning) => (
              <li key={`${warning.kind}:${warning.text}`}>{t.rich("found", { kind: warning.kind, text: warning.text, bdi: isolated })}</li>
            ))}
          </ul>
          {warnings.length > SHOWN && <p>{t("more", { count: warnings.length - SHOWN })}</p>}
          <p>{t("suggestion")}</p>
        </>
      )}
    </div>
  );
}

/** The form-level offer once the server held a save back: the same save, with the user's acknowledgement. */
export function SaveAnyway({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  const t = useTranslations("privacyWarnings");
  return <button type="button" className="button button-quiet" onClick={onClick} disabled={disabled}>{t("saveAnyway")}</button>;
}
