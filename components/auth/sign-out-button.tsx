"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  // A relative address keeps the browser on the address it reached the app by (next-auth's is absolute).
  // A full load, not the router, so the pages the client kept for the signed-in user are gone.
  const onClick = async () => {
    await signOut({ redirect: false });
    window.location.replace("/sign-in");
  };
  return (
    <button type="button" className="button button-quiet" onClick={onClick}>
      Sign out
    </button>
  );
}
