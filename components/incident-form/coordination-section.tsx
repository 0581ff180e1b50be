"use client";

import { useTranslations } from "next-intl";
import { TextField } from "./fields";

export function CoordinationSection() {
  const t = useTranslations("incidentForm");
  const tField = useTranslations("validation.incidentField");
  return (
    <fieldset className="form-section">
      <legend>{t("coordinationSection")}</legend>
      <div className="form-grid">
        <TextField name="coordinatingAuthority" label={tField("coordinatingAuthority")} placeholder={t("authorityExample")} />
        <TextField name="disembarkationPort" label={tField("disembarkationPort")} placeholder={t("portExample")} />
        <TextField name="seaState" label={tField("seaState")} placeholder={t("seaStateExample")} />
      </div>
    </fieldset>
  );
}
