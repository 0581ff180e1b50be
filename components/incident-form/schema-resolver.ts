import { zodResolver } from "@hookform/resolvers/zod";
import { incidentInputSchema } from "@/lib/schemas/incident";

// Loaded on demand by incident-resolver.ts, to keep zod out of the form's first load.
export const schemaResolver = zodResolver(incidentInputSchema);
