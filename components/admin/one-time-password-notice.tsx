import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { isolated } from "@/components/i18n/isolated";
import type { OneTimePasswordResult } from "@/lib/actions/users";

export function OneTimePasswordNotice({ result, heading }: { result: OneTimePasswordResult; heading: ReactNode }) {
  const t = useTranslations("admin");
  return (
    <div className="card notice-card" role="status">
      <h2>{heading}</h2>
      <p>{t.rich("oneTimePasswordFor", { name: result.name, email: result.email, bdi: isolated })}</p>
      <p>
        <code className="one-time-password">{result.oneTimePassword}</code>
      </p>
      <p className="muted">{t.rich("oneTimePasswordOnce", { name: result.name, bdi: isolated })}</p>
    </div>
  );
}
