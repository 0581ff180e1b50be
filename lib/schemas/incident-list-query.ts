import { z } from "zod";

export const incidentListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
});

export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;
