"use client";

import { type ReactNode, useState } from "react";
import { EditableItem } from "@/components/forms/editable-item";
import { removeTrackPointAction } from "@/lib/actions/track";
import type { TrackPointFormValues } from "@/lib/schemas/track";
import { TrackPointForm } from "./track-point-form";

type Props = { incidentId: string; version: number; pointId: string; name: string; values: TrackPointFormValues; children: ReactNode };

/** A track point with its Edit and Remove buttons; removal asks first. */
export function EditableTrackPoint({ incidentId, version, pointId, name, values, children }: Props) {
  return (
    <EditableItem name={name} removalQuestion="Remove this point from the track?" focusAfterRemoval="track-heading"
      remove={() => removeTrackPointAction(incidentId, pointId, version)}
      form={(close) => (
        <TrackPointForm incidentId={incidentId} version={version} point={{ id: pointId, values }} title={`Edit ${name}`} onSaved={close} onCancel={close} />
      )}>
      {children}
    </EditableItem>
  );
}

/** The form that adds a point, and the announcement of what was added. */
export function AddTrackPoint({ incidentId, version }: { incidentId: string; version: number }) {
  const [status, setStatus] = useState("");
  return (
    <div className="timeline-add">
      <TrackPointForm incidentId={incidentId} version={version} title="Add a track point" onSaved={setStatus} />
      <p role="status" className="timeline-status">{status}</p>
    </div>
  );
}
