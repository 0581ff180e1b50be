import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { EndedDraftsPurge } from "@/components/forms/draft-vault-provider";
import { ClientMessages } from "@/components/i18n/client-messages";
import { callbackPath } from "@/lib/auth/callback-path";

export async function generateMetadata() {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const next = callbackPath((await searchParams).callbackUrl);
  const t = await getTranslations("signIn");
  return (
    <main style={{ maxWidth: 420, paddingTop: "4rem" }}>
      <div className="card">
        <h1>Rescue Ledger</h1>
        <p className="muted">{t("intro")}</p>
        <ClientMessages namespaces={["signIn"]}>
          <SignInForm callbackUrl={next} />
        </ClientMessages>
        <EndedDraftsPurge />
      </div>
    </main>
  );
}
