import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link without prefetching. Every page here is rendered per request for its signed-in user, so a
 * prefetch is a whole server render: the incident list's row links made each list view cost the server
 * about seven times the list itself. A click still navigates without reloading the page.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
