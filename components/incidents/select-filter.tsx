import { useTranslations } from "next-intl";

type Option = { value: string; label: string };

export function SelectFilter({ name, label, value, options, isRequired = false }: { name: string; label: string; value?: string; options: Option[]; isRequired?: boolean }) {
  const t = useTranslations("incidentList");
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        {!isRequired && <option value="">{t("any")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
