import { formatPosition } from "../../lib/geo";
import type { IncidentFormValues } from "../../lib/schemas/incident";

// What a field team submits through the create form: a recent rescue in the central Mediterranean,
// with figures, sometimes injuries, an evacuation and a partner. Every payload differs.
export type Creator = { vesselId: string | null; partnerOrganizationId: string | null };

const BOATS = ["INFLATABLE", "WOODEN", "FIBREGLASS", "FISHING"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const int = (max: number) => Math.floor(Math.random() * (max + 1));
const text = (value: number) => String(value);

export function createPayload(creator: Creator, now = Date.now()): IncidentFormValues {
  const rescued = 20 + int(280);
  const dead = int(3) === 0 ? int(30) : 0;
  const missing = int(4) === 0 ? int(20) : 0;
  const injured = int(Math.min(rescued, 25));
  const evacuated = int(Math.min(rescued, 3));
  // Field staff log rescues hours or days later; all within the current year's reference sequence.
  const occurredAt = new Date(Math.max(now - int(60) * DAY_MS - int(DAY_MS), Date.UTC(new Date(now).getUTCFullYear(), 0, 1)));
  return {
    occurredAt: occurredAt.toISOString(), position: formatPosition(32.8 + Math.random() * 2.5, 11.5 + Math.random() * 3.5),
    region: "Mediterranean", route: "Central Mediterranean", vesselId: creator.vesselId ?? "", boatType: BOATS[int(BOATS.length - 1)],
    boatConditions: int(1) ? ["TAKING_WATER"] : [], personsOnBoard: text(rescued + dead + missing + int(10)), rescued: text(rescued), dead: text(dead),
    missing: text(missing), causesOfDeath: dead ? ["DROWNING"] : [], children: text(int(10)), unaccompaniedMinors: "", women: text(int(15)),
    pregnantWomen: "", infants: "", injuries: injured ? [{ type: "FUEL_BURN", severity: int(1) ? "MINOR" : "SERIOUS", count: text(injured) }] : [],
    evacuations: evacuated ? [{ count: text(evacuated), means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: occurredAt.toISOString() }] : [],
    partners: creator.partnerOrganizationId && int(1) ? [{ organizationId: creator.partnerOrganizationId, role: "BODY_RECOVERY" }] : [],
    coordinatingAuthority: "MRCC Rome", disembarkationPort: "Augusta", seaState: "Douglas 3", narrative: "Load benchmark rescue.",
    source: "Load benchmark", sourceQuality: "", intent: int(1) ? "submit" : "draft",
  };
}
