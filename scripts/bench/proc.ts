import { readFileSync } from "node:fs";

// A process and its descendants, measured from Linux /proc (PostgreSQL's backends, next start's server).

function tree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    return [pid, ...children.flatMap((child) => tree(Number(child)))];
  } catch {
    return []; // it ended while we read
  }
}

/** Resident memory, in MiB. */
export function treeRssMb(pid: number): number {
  return tree(pid).reduce((total, p) => {
    try {
      return total + Number(readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    } catch {
      return total; // it ended while we read
    }
  }, 0);
}

/** CPU time used so far (user + system) per process, in milliseconds: fields 14 and 15 of stat, in ticks of 10 ms. */
export function treeCpuMs(pid: number): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const p of tree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ");
      cpu.set(p, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // it ended while we read
    }
  }
  return cpu;
}

/** The CPU time the processes alive now used since `before` (those started since count whole; those ended are lost). */
export function cpuSince(before: Map<number, number>, now: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of now) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** This process's own CPU time so far, in milliseconds, in the same form. */
export function ownCpuMs(): Map<number, number> {
  const { user, system } = process.cpuUsage();
  return new Map([[process.pid, (user + system) / 1000]]);
}

/** The PostgreSQL server's process id, from the pid file in its data directory. */
export const postmasterPid = (dataDir: string) => Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
