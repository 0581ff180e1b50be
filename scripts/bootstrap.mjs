// Entry of `npm start`, `npm run dev` and `npm test`: plain JavaScript so that it runs before any
// dependency exists. Installs dependencies when missing, then hands over to scripts/<command>.ts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [command, ...args] = process.argv.slice(2);

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n✗ \`${cmd} ${cmdArgs.join(" ")}\` failed; fix the error above and run \`npm ${command}\` again.`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync("node_modules/.bin/tsx") || !existsSync("node_modules/.bin/next")) {
  console.log("Installing dependencies (first run)…");
  run("npm", [existsSync("package-lock.json") ? "ci" : "install", "--no-audit", "--no-fund"]);
}
if (!existsSync("generated/prisma/client.ts")) run(process.execPath, ["scripts/generate.mjs"]);

const child = spawn("node_modules/.bin/tsx", [`scripts/${command}.ts`, ...args], { stdio: "inherit" });
// Ctrl-C reaches the whole process group; the child shuts down cleanly and we exit with it.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
