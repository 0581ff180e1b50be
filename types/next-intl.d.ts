import type en from "@/messages/en.json";
import type { FORMATS } from "@/lib/i18n/formats";

// Message keys and named formats are checked by the compiler: t("nav.incidnets") does not build.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
    Formats: typeof FORMATS;
  }
}
