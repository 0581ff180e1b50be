import { Link } from "@/components/ui/link";
import { VESSEL_KIND_LABELS } from "@/lib/labels";
import type { ManagedVessel } from "@/lib/data/vessels-admin";
import { TableScroll } from "@/components/ui/table-scroll";

const dash = <span className="muted">—</span>;

export function VesselTable({ vessels, showOrganization }: { vessels: ManagedVessel[]; showOrganization: boolean }) {
  if (vessels.length === 0) return <p className="empty card">No vessels yet. Add the ships, boats and aircraft your organization operates.</p>;
  return (
    <TableScroll label="Vessels table">
      <table>
        <caption className="visually-hidden">Vessels</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Flag state</th>
            <th scope="col">IMO</th>
            <th scope="col">MMSI</th>
            <th scope="col">Call sign</th>
            {showOrganization && <th scope="col">Operator</th>}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {vessels.map((vessel) => (
            <tr key={vessel.id}>
              <th scope="row"><Link href={`/admin/vessels/${vessel.id}`}>{vessel.name}</Link></th>
              <td>{VESSEL_KIND_LABELS[vessel.kind]}</td>
              <td>{vessel.flagState ?? dash}</td>
              <td>{vessel.imo ?? dash}</td>
              <td>{vessel.mmsi ?? dash}</td>
              <td>{vessel.callSign ?? dash}</td>
              {showOrganization && <td>{vessel.organization?.shortName ?? dash}</td>}
              <td>{vessel.isActive ? <span className="badge badge-active">Active</span> : <span className="badge badge-inactive">Deactivated</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
