import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The engine reads some catalog columns (pg_constraint.contype…) as single characters, which adapter-pg
// has no mapping for: the column name carries a mark from the pg client to queryRaw below, which then
// reports it as a Character column.
const CHAR_MARK = "\u0000char";

function reportCharAsText<T>(result: T): T {
  for (const field of (result as { fields?: { dataTypeID: number; name: string }[] } | undefined)?.fields ?? [])
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      field.name += CHAR_MARK;
    }
  return result;
}

// The engine's introspection queries return PostgreSQL's internal "char" type, which adapter-pg
// cannot map ("Column type 'char' could not be deserialized"); its values are plain text.
class CharAsTextClient extends pg.Client {
  // One override for all of pg's query() overloads, promise and callback forms alike.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: unknown[]): any {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function")
      args[last] = (error: unknown, result: unknown) => callback(error, error ? result : reportCharAsText(result));
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(reportCharAsText) : returned;
  }
}

function withDatabase(databaseUrl: string, database: string) {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function runAdminSql(databaseUrl: string, statements: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

export type EngineConnections = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Closes every pool the engine opened and drops every shadow database it made. */
  close: () => Promise<void>;
};

export function engineConnections(databaseUrl: string): EngineConnections {
  const open = new Set<SqlDriverAdapter>();
  const shadowDatabases: string[] = [];

  async function connectTo(url: string) {
    const adapter = await new PrismaPg({ connectionString: url, Client: CharAsTextClient }).connect();
    // adapter-pg splits scripts on every ";" (even inside comments and strings) and runs the pieces
    // one by one, so a failing migration would stay half-applied. One simple-protocol query runs the
    // whole script in PostgreSQL's implicit transaction, as Prisma's native engine does.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      result.columnNames.forEach((name, i) => {
        if (!name.endsWith(CHAR_MARK)) return;
        result.columnNames[i] = name.slice(0, -CHAR_MARK.length);
        result.columnTypes[i] = ColumnTypeEnum.Character;
      });
      return result;
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (open.delete(adapter)) await dispose();
    };
    open.add(adapter);
    return adapter;
  }

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(databaseUrl),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await runAdminSql(databaseUrl, [`CREATE DATABASE "${name}"`]);
      shadowDatabases.push(name);
      return connectTo(withDatabase(databaseUrl, name));
    },
  };

  async function close() {
    await Promise.all([...open].map((adapter) => adapter.dispose()));
    const drops = shadowDatabases.splice(0).map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (drops.length) await runAdminSql(databaseUrl, drops);
  }

  return { factory, close };
}
