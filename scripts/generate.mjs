// `prisma generate` without internet: the CLI insists on locating its native schema-engine binary at
// start-up although generate never uses it, so point it at any existing executable.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
execFileSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
