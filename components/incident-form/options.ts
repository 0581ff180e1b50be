import type { PartnerOption } from "@/lib/data/organizations";
import type { VesselOption } from "@/lib/data/vessels";
import type { Option } from "./field-state";

export const vesselOptions = (vessels: readonly VesselOption[]): Option[] => vessels.map((v) => ({ value: v.id, label: v.name }));
export const partnerOptions = (partners: readonly PartnerOption[]): Option[] => partners.map((p) => ({ value: p.id, label: p.name }));
