import { getTranslations } from "next-intl/server";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export async function generateMetadata() {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

// An address no route matches. The root layout knows no user, so this page has no app shell.
export default function NotFound() {
  return (
    <main id="content">
      <NotFoundMessage />
    </main>
  );
}
