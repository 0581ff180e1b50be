import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The error boundary (error.tsx) renders inside this layout, in the browser: its words come from here.
export default function DashboardLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["dashboardError"]}>{children}</ClientMessages>;
}
