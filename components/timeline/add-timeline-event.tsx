"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TimelineChoices } from "./event-form-fields";
import { TimelineEventForm } from "./timeline-event-form";

/** The form that adds an event, and the announcement of what was added. */
export function AddTimelineEvent({ incidentId, version, choices }: { incidentId: string; version: number; choices: TimelineChoices }) {
  const t = useTranslations("timeline");
  const [status, setStatus] = useState("");
  return (
    <div className="timeline-add">
      <TimelineEventForm incidentId={incidentId} version={version} choices={choices} title={t("addTitle")} onSaved={setStatus} />
      <p role="status" className="timeline-status">{status}</p>
    </div>
  );
}
