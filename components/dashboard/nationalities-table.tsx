import { getLocale, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import { localizedCountryName } from "@/lib/countries/localized";
import type { ShownNationalities } from "@/lib/privacy/partner-figures";
import { requestLanguage } from "@/lib/i18n/request-language";
import { dashboardFormat } from "./format";

/** The 10 most frequent nationalities by persons, and "Other nationalities" so the rows add up to the total. */
export async function NationalitiesTable({ data }: { data: Promise<ShownNationalities> }) {
  const { top, other, totalPersons, cases } = await data;
  const t = await getTranslations("dashboard");
  const [tag, { locale }] = await Promise.all([getLocale(), requestLanguage()]);
  if (top.length === 0) return <p className="empty card">{t("nationalitiesEmpty")}</p>;
  const f = dashboardFormat(tag);
  return (
    <TableScroll label={t("nationalitiesLabel")}>
      <table className="nationalities-table">
        <caption className="table-caption">
          {typeof totalPersons === "number" && typeof cases === "number"
            ? t("nationalitiesCaption", { persons: totalPersons, cases, isTop: other.countries > 0 ? "yes" : "no", top: top.length })
            : t("nationalitiesCaptionSmall", { isTop: other.countries > 0 ? "yes" : "no", top: top.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("nationality")}</th>
            <th scope="col" className="num">{t("persons")}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((row) => (
            <tr key={row.country}>
              <th scope="row">{localizedCountryName(row.country, locale)}</th>
              <td className="num">{f.number(row.persons)}</td>
            </tr>
          ))}
          {other.countries > 0 && (
            <tr>
              <th scope="row">{t("otherNationalities", { count: other.countries })}</th>
              <td className="num">{f.number(other.persons)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="table-total">
            <th scope="row">{t("total")}</th>
            <td className="num">{f.number(totalPersons)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
