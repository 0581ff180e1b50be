import { NavLink } from "@/components/layout/nav-link";

export function AdminNav() {
  return (
    <nav className="sub-nav" aria-label="Administration">
      <NavLink href="/admin/users">Users</NavLink>
      <NavLink href="/admin/organizations">Organizations</NavLink>
      <NavLink href="/admin/vessels">Vessels</NavLink>
    </nav>
  );
}
