"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { EditableItem } from "@/components/forms/editable-item";
import { removeTrackPointAction } from "@/lib/actions/track";
import type { TrackPointFormValues } from "@/lib/schemas/track";
import { TrackPointForm } from "./track-point-form";

type Props = { incidentId: string; version: number; pointId: string; name: string; values: TrackPointFormValues; children: ReactNode };

/** A track point with its Edit and Remove buttons; removal asks first. */
export function EditableTrackPoint({ incidentId, version, pointId, name, values, children }: Props) {
  const t = useTranslations("track");
  return (
    <EditableItem name={name} removalQuestion={t("removalQuestion")} focusAfterRemoval="track-heading"
      remove={() => removeTrackPointAction(incidentId, pointId, version)}
      form={(close) => (
        <TrackPointForm incidentId={incidentId} version={version} point={{ id: pointId, values }} title={t("editTitle", { name })} onSaved={close} onCancel={close} />
      )}>
      {children}
    </EditableItem>
  );
}

/** The form that adds a point, and the announcement of what was added. */
export function AddTrackPoint({ incidentId, version }: { incidentId: string; version: number }) {
  const t = useTranslations("track");
  const [status, setStatus] = useState("");
  return (
    <div className="timeline-add">
      <TrackPointForm incidentId={incidentId} version={version} title={t("addTitle")} onSaved={setStatus} />
      <p role="status" className="timeline-status">{status}</p>
    </div>
  );
}
