"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { isolated } from "@/components/i18n/isolated";
import { FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { setVesselActiveAction } from "@/lib/actions/vessels";

export function VesselActiveToggle({ vessel }: { vessel: { id: string; name: string; isActive: boolean } }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: ReactNode }>({});
  const [isPending, startTransition] = useTransition();

  const toggle = () =>
    startTransition(async () => {
      const result = await setVesselActiveAction({ vesselId: vessel.id, isActive: !vessel.isActive });
      if (!result.ok) return setMessage({ error: result.message });
      setMessage({ success: vessel.isActive ? t.rich("vesselDeactivated", { name: vessel.name, bdi: isolated }) : t.rich("vesselReactivated", { name: vessel.name, bdi: isolated }) });
      router.refresh();
    });

  return (
    <section className="card form-narrow" aria-labelledby="vessel-status-heading">
      <h2 id="vessel-status-heading">{t("status")}</h2>
      <FormMessages error={message.error} success={message.success} />
      <p>{vessel.isActive ? t("vesselActiveNote") : t("vesselInactiveNote")}</p>
      <FormButton className="button button-quiet" disabled={isPending} onClick={toggle}>
        {vessel.isActive ? t("deactivateVessel") : t("reactivateVessel")}
      </FormButton>
    </section>
  );
}
