import { createRequire } from "node:module";
import { text } from "node:stream/consumers";
import { createPayload, type Creator } from "./load-payload";
import { type LoadOutcome, summarize } from "./load-stats";

// The load generator, run as its own process (`tsx scripts/bench/load-worker.ts`) so that it does not
// share an event loop with anything it measures. Reads a LoadJob on stdin, prints a LoadOutcome as JSON.
export type LoadTarget = { path: string; cookie: string; expect: string[]; create?: { actionId: string; creator: Creator } };
export type LoadJob = { baseUrl: string; seconds: number; connections: number; targets: LoadTarget[] };

type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
type Context = { target?: LoadTarget; sentAt?: number };
type Instance = Promise<{ errors: number }> & { stop(): void };
type Autocannon = (options: {
  url: string; connections: number; duration: number; timeout: number;
  requests: { setupRequest: (request: Request, context: Context) => Request; onResponse: (status: number, body: string, context: Context) => void }[];
}) => Instance;

// autocannon ships no types; these are the few parts used here.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const TIMEOUT_SECONDS = 30;
/** Sent once the time is up, while the last measured requests finish; neither counted nor timed. */
const IDLE: Request = { method: "GET", path: "/api/health", headers: {}, body: undefined };

/** The action's returned object is the RSC row `<hex id>:{"ok":…}`. */
const isConfirmed = (body: string) => /^[0-9a-f]+:\{"ok":true,/m.test(body);

/** Why an answer does not count as a success, or "" when it does. */
function failureOf(target: LoadTarget, status: number, body: string) {
  if (status < 200 || status >= 300) return `${status} from ${target.path}: ${body.slice(0, 120)}`;
  if (target.create) return isConfirmed(body) ? "" : `create not confirmed: ${body.match(/^[0-9a-f]+:\{"ok":false.*$/m)?.[0].slice(0, 160) ?? "no result"}`;
  const missing = target.expect.filter((text) => !body.includes(text));
  return missing.length ? `${status} from ${target.path} without ${missing.join(", ")}` : "";
}

function requestFor(target: LoadTarget, baseUrl: string): Request {
  if (!target.create) return { method: "GET", path: target.path, headers: { cookie: target.cookie }, body: undefined };
  return {
    method: "POST",
    path: target.path,
    headers: { cookie: target.cookie, "next-action": target.create.actionId, "content-type": "text/plain;charset=UTF-8", origin: baseUrl, accept: "text/x-component" },
    body: JSON.stringify([createPayload(target.create.creator)]),
  };
}

/**
 * Closed loop: each connection sends the next target (user, page, payload) as soon as its previous
 * answer is in. When the time is up no new target starts, and the run ends once those in flight have
 * answered, so that every create sent is accounted for (autocannon would otherwise drop them unanswered).
 */
export async function runJob(job: LoadJob): Promise<LoadOutcome> {
  const start = performance.now();
  const deadline = start + job.seconds * 1000;
  let next = 0;
  let inFlight = 0;
  let lastAnswerAt = start;
  let confirmed = 0;
  let failed = 0;
  let firstFailure = "";
  const latencies: number[] = [];
  const instance = autocannon({
    url: job.baseUrl, connections: job.connections, duration: job.seconds + TIMEOUT_SECONDS, timeout: TIMEOUT_SECONDS,
    requests: [{
      // A connection has one request in flight, and its context belongs to that request.
      setupRequest: (request, context) => {
        if (performance.now() >= deadline) {
          context.target = undefined;
          return Object.assign(request, IDLE); // Object.assign keeps autocannon's host and port
        }
        context.target = job.targets[next++ % job.targets.length];
        context.sentAt = performance.now();
        inFlight++;
        return Object.assign(request, requestFor(context.target, job.baseUrl));
      },
      onResponse: (status, body, { target, sentAt }) => {
        if (!target) return;
        lastAnswerAt = performance.now();
        latencies.push(lastAnswerAt - sentAt!);
        const failure = failureOf(target, status, body);
        if (!failure) confirmed++;
        else if (failed++ === 0) firstFailure = failure;
        if (--inFlight === 0 && lastAnswerAt >= deadline) setImmediate(() => instance.stop());
      },
    }],
  });
  const { errors } = await instance;
  const isCreate = job.targets.some((target) => target.create);
  const first = firstFailure || (errors ? "socket error or timeout" : "");
  return summarize(latencies, (lastAnswerAt - start) / 1000, { count: errors + failed, first }, isCreate ? confirmed : undefined);
}

if (process.argv[1]?.endsWith("load-worker.ts")) {
  text(process.stdin)
    .then((input) => runJob(JSON.parse(input) as LoadJob))
    .then((outcome) => process.stdout.write(`${JSON.stringify(outcome)}\n`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
