"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessages } from "@/components/admin/form-messages";
import { FormButton } from "@/components/forms/form-button";
import { setVesselActiveAction } from "@/lib/actions/vessels";

export function VesselActiveToggle({ vessel }: { vessel: { id: string; name: string; isActive: boolean } }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const [isPending, startTransition] = useTransition();

  const toggle = () =>
    startTransition(async () => {
      const result = await setVesselActiveAction({ vesselId: vessel.id, isActive: !vessel.isActive });
      if (!result.ok) return setMessage({ error: result.message });
      setMessage({ success: vessel.isActive ? `${vessel.name} is deactivated: it stays on past incidents but is no longer offered for new ones.` : `${vessel.name} is active again.` });
      router.refresh();
    });

  return (
    <section className="card form-narrow" aria-labelledby="vessel-status-heading">
      <h2 id="vessel-status-heading">Status</h2>
      <FormMessages error={message.error} success={message.success} />
      <p>{vessel.isActive ? "Active: offered when recording incidents." : "Deactivated: kept on past incidents, not offered for new ones."}</p>
      <FormButton className="button button-quiet" disabled={isPending} onClick={toggle}>
        {vessel.isActive ? "Deactivate vessel" : "Reactivate vessel"}
      </FormButton>
    </section>
  );
}
