import { expect, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import type { ReflowWorld } from "./reflow-world";

// Every page of the app, as a role that can open it, with the title its browser tab must show.
export type Visitor = "anonymous" | "field" | "coordinator" | "admin" | "platformAdmin" | "mustChangePassword";

export type PageVisit = {
  name: string;
  as: Visitor;
  path: (world: ReflowWorld) => string;
  title: (world: ReflowWorld) => string;
  /** The browser's language, when not English (the visitor has no language of their own). */
  locale?: string;
  /** What to do on the page before it is checked, e.g. upload a file to show the import report. */
  prepare?: (page: Page) => Promise<void>;
};

const IMPORT_FILE = [
  "reference,status,occurred_at,position_text,rescued,dead,missing,narrative",
  ',DRAFT,1995-06-01T10:00:00Z,"35.1, 14.2",-4,,,"A row in error, so that the report lists a problem"',
].join("\r\n");

const dryRunImport = (file = "CSV file", check = "Check file (dry run)", report = "Dry run: nothing written yet") => async (page: Page) => {
  await page.getByLabel(file).setInputFiles({ name: "layout-check.csv", mimeType: "text/csv", buffer: Buffer.from(IMPORT_FILE) });
  await page.getByRole("button", { name: check }).click();
  await expect(page.getByRole("region", { name: report }).getByRole("row").nth(1)).toBeVisible();
};

/** A workbook of two sheets chosen, so that the page shows its sheet choice. */
const chooseWorkbook = async (page: Page) => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Notes on the 1995 logbook, kept by the coordinator").addRow(["Read me"]);
  book.addWorksheet("Cases").addRow(["reference"]);
  await page.getByLabel("CSV file").setInputFiles({ name: "logbook.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await expect(page.getByLabel("Sheet", { exact: true })).toBeVisible();
};

// A spreadsheet with headers of its own: the import offers its column mapping.
const MAPPING_FILE = [
  "Data,Morti,Latitudine,Longitudine,Causa di morte,Tipo di imbarcazione,Colore dello scafo",
  "25/10/1994 08:30,3,\"35,1\",\"14,2\",Annegamento,gommone,blu",
].join("\r\n");

const mappingScreen = async (page: Page) => {
  await page.getByLabel("CSV file").setInputFiles({ name: "layout-mapping.csv", mimeType: "text/csv", buffer: Buffer.from(MAPPING_FILE) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByRole("region", { name: "Map the columns" }).getByRole("heading", { name: "Row 2" })).toBeVisible();
};

/** Lists where a common word is, so the erasure page shows its tables and its confirmation. */
const findEverywhere = (text: string) => async (page: Page) => {
  await page.getByLabel("Text to find").fill(text);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Case fields: / }).or(page.getByText("The text is nowhere"))).toBeVisible();
};

const LIST_WITH_FILTERS = "/incidents?period=all&status=DRAFT&status=SUBMITTED&status=VERIFIED&status=ARCHIVED&sort=oldest";
const NO_SUCH_INCIDENT = "00000000-0000-4000-8000-000000000000";
const fixed = (value: string) => () => value;

export const PAGE_VISITS: PageVisit[] = [
  { name: "sign-in", as: "anonymous", path: fixed("/sign-in"), title: fixed("Sign in") },
  { name: "incident list with filters", as: "field", path: fixed(LIST_WITH_FILTERS), title: fixed("Incidents") },
  { name: "incident list of a coordinator", as: "coordinator", path: fixed("/incidents"), title: fixed("Incidents") },
  {
    name: "incident list with the full export form open", as: "coordinator", path: fixed("/incidents"), title: fixed("Incidents"),
    prepare: async (page) => page.getByText("Full export (with a reason)").click(),
  },
  { name: "incident list in Arabic", as: "field", locale: "ar", path: fixed(LIST_WITH_FILTERS), title: fixed("الحالات") },
  { name: "the Bourbon Argos case", as: "coordinator", path: (w) => `/incidents/${w.bourbonArgosId}`, title: fixed("MSF-2016-0001") },
  { name: "the Bourbon Argos case in Arabic, right to left", as: "coordinator", locale: "ar", path: (w) => `/incidents/${w.bourbonArgosId}`, title: fixed("الحالة MSF-2016-0001") },
  { name: "a draft case with long names", as: "field", path: (w) => `/incidents/${w.draft.id}`, title: (w) => w.draft.reference },
  { name: "new incident form", as: "field", path: fixed("/incidents/new"), title: fixed("New incident") },
  { name: "new incident form in Arabic, right to left", as: "field", locale: "ar", path: fixed("/incidents/new"), title: fixed("حادث جديد") },
  { name: "edit form of the Bourbon Argos case", as: "coordinator", path: (w) => `/incidents/${w.bourbonArgosId}/edit`, title: fixed("Edit MSF-2016-0001") },
  { name: "edit form of the draft with the long vessel name", as: "field", path: (w) => `/incidents/${w.draft.id}/edit`, title: (w) => `Edit ${w.draft.reference}` },
  { name: "dashboard", as: "coordinator", path: fixed("/dashboard"), title: fixed("Dashboard") },
  { name: "dashboard in Arabic", as: "coordinator", locale: "ar", path: fixed("/dashboard"), title: fixed("لوحة المعلومات") },
  { name: "cases to review", as: "coordinator", path: fixed("/review"), title: fixed("To review") },
  { name: "dashboard of the long-named vessel", as: "coordinator", path: (w) => `/dashboard?vessel=${w.vesselId}&status=DRAFT`, title: fixed("Dashboard") },
  // The check runs as a background job, whose page shows its report (or the column mapping a file needs).
  { name: "import with a dry-run report", as: "coordinator", path: fixed("/import"), title: fixed("Import run"), prepare: dryRunImport() },
  { name: "import of a workbook with several sheets", as: "coordinator", path: fixed("/import"), title: fixed("Import incidents"), prepare: chooseWorkbook },
  { name: "import with a column mapping", as: "coordinator", path: fixed("/import"), title: fixed("Import run"), prepare: mappingScreen },
  {
    name: "import in Arabic", as: "coordinator", locale: "ar", path: fixed("/import"), title: fixed("تشغيل الاستيراد"),
    prepare: dryRunImport("ملف CSV", "فحص الملف (تشغيل تجريبي)", "تشغيل تجريبي: لم يُكتب شيء بعد"),
  },
  { name: "audit log", as: "coordinator", path: fixed("/audit"), title: fixed("Audit log") },
  { name: "audit in Arabic", as: "coordinator", locale: "ar", path: fixed("/audit"), title: fixed("سجل التدقيق") },
  { name: "audit log of one case", as: "coordinator", path: fixed("/audit?incident=MSF-2016-0001"), title: fixed("Audit log: MSF-2016-0001") },
  { name: "deleted cases", as: "coordinator", path: fixed("/incidents/deleted"), title: fixed("Deleted cases") },
  { name: "deleted cases in Arabic", as: "coordinator", locale: "ar", path: fixed("/incidents/deleted"), title: fixed("الحالات المحذوفة") },
  { name: "a user's reads", as: "coordinator", path: (w) => `/audit/reads?user=${w.msfFieldUserId}&from=2016-01-01`, title: fixed("Who read what") },
  { name: "a user's reads in Arabic", as: "coordinator", locale: "ar", path: (w) => `/audit/reads?user=${w.msfFieldUserId}&from=2016-01-01`, title: fixed("من قرأ ماذا") },
  { name: "CSV data dictionary", as: "coordinator", path: fixed("/help/csv"), title: fixed("CSV files: data dictionary") },
  { name: "admin: users", as: "admin", path: fixed("/admin/users"), title: fixed("Users") },
  { name: "admin: one user", as: "admin", path: (w) => `/admin/users/${w.msfFieldUserId}`, title: fixed("User account") },
  { name: "admin: add user", as: "admin", path: fixed("/admin/users/new"), title: fixed("Add user") },
  { name: "platform admin: add user to any organization", as: "platformAdmin", path: fixed("/admin/users/new"), title: fixed("Add user") },
  { name: "admin: organizations", as: "admin", path: fixed("/admin/organizations"), title: fixed("Organizations") },
  { name: "platform admin: every organization", as: "platformAdmin", path: fixed("/admin/organizations"), title: fixed("Organizations") },
  { name: "admin: one organization", as: "admin", path: (w) => `/admin/organizations/${w.msfId}`, title: fixed("Organization MSF") },
  { name: "platform admin: add organization", as: "platformAdmin", path: fixed("/admin/organizations/new"), title: fixed("Add organization") },
  { name: "admin: privacy settings", as: "admin", path: fixed("/admin/privacy"), title: fixed("Privacy") },
  { name: "admin: one organization's privacy settings", as: "admin", path: (w) => `/admin/privacy/${w.msfId}`, title: fixed("Privacy settings of MSF") },
  { name: "admin: vessels", as: "admin", path: fixed("/admin/vessels"), title: fixed("Vessels") },
  { name: "admin: erasure, with hits", as: "admin", path: fixed("/admin/erasure"), title: fixed("Erase a person's data"), prepare: findEverywhere("the") },
  { name: "admin: the long-named vessel", as: "admin", path: (w) => `/admin/vessels/${w.vesselId}`, title: (w) => `Vessel ${w.vesselName}` },
  { name: "admin: add vessel", as: "platformAdmin", path: fixed("/admin/vessels/new"), title: fixed("Add vessel") },
  { name: "account", as: "field", path: fixed("/account"), title: fixed("Account") },
  { name: "account in Arabic, right to left", as: "field", locale: "ar", path: fixed("/account"), title: fixed("الحساب") },
  { name: "forced password change", as: "mustChangePassword", path: fixed("/account/password"), title: fixed("Choose your password") },
  { name: "a page that does not exist", as: "admin", path: fixed("/no-such-page"), title: fixed("Not found") },
  { name: "a case the user cannot open", as: "admin", path: fixed(`/incidents/${NO_SUCH_INCIDENT}`), title: fixed("Not found") },
];
