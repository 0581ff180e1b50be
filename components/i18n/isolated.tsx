import type { ReactNode } from "react";

/** The `<bdi>` tag of a rich message: a name keeps its own direction inside a sentence of another script. */
export const isolated = (chunks: ReactNode) => <bdi>{chunks}</bdi>;
