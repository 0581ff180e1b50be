import type { AuditAction } from "@/generated/prisma/enums";

/** Where a text can be found: case fields, audit events, EXPORT events (an export's record), saved searches. */
export const MENTION_KINDS = ["case", "audit", "export", "savedSearch"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export type MentionHit = {
  /** The case's reference (cases, and audit events about a case), or the owner's email (saved searches). */
  label: string | null;
  field: string;
  excerpt: string;
  at: Date;
  action?: AuditAction;
  isDeleted?: boolean;
};
export type Mentions = { total: number; hits: MentionHit[] };
export type MentionReport = Record<MentionKind, Mentions> & { cases: number; occurrences: number };
