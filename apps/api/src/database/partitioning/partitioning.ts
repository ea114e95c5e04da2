// Operator tool: unit_year_report (the table every dashboard reads) as a table partitioned by year.
//
// LIST partitions, one per year, plus a DEFAULT partition so that an insert for a year without its own
// partition still succeeds. The primary key stays (unit_id, year) — valid on a partitioned table because it
// contains the partition key — so the API's SQL (`ON CONFLICT (unit_id, year)`, every `r.year = $1`
// filter) is unchanged. Sub-partitioning by region is not possible with that key: a unique key on a
// partitioned table must contain every partition column (see docs/scaling.md).
//
// Everything runs on one connection the caller owns (a pg.Client, or any object with the same `query`),
// each operation in its own transaction: either all of it happens or nothing does.

/** The part of pg.Client / pg.PoolClient used here. */
export interface SqlConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

export const PARTITIONED_TABLE = 'unit_year_report';

export interface PartitionInfo {
  name: string;
  /** null for the DEFAULT partition */
  year: number | null;
  rows: number;
}

export interface PartitionStatus {
  table: string;
  exists: boolean;
  partitioned: boolean;
  /** Partitions in year order, DEFAULT last; empty when the table is not partitioned. */
  partitions: PartitionInfo[];
}

export type ConvertResult =
  | { converted: false; reason: 'already partitioned'; status: PartitionStatus }
  | { converted: true; rows: number; years: number[]; statements: string[]; status: PartitionStatus };

export interface AddYearResult {
  created: boolean;
  partition: string;
  /** Rows of that year moved out of the DEFAULT partition into the new one. */
  moved: number;
}

export interface PartitionOptions {
  /** lock_timeout of the transaction (an operator tool must not queue behind a long transaction forever). */
  lockTimeout?: string;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Partition names: unit_year_report_y2024, unit_year_report_default. */
export const yearPartitionName = (year: number, table = PARTITIONED_TABLE): string =>
  `${table}_y${checkYear(year)}`;
export const defaultPartitionName = (table = PARTITIONED_TABLE): string => `${table}_default`;

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 9999)
    throw new Error(`年份无效 invalid year: ${String(year)} (an integer 1900–9999)`);
  return year;
}

async function rows<T>(db: SqlConnection, sql: string, values?: unknown[]): Promise<T[]> {
  return (await db.query(sql, values)).rows as T[];
}

async function inTransaction<T>(
  db: SqlConnection,
  opts: PartitionOptions,
  work: () => Promise<T>,
): Promise<T> {
  await db.query('BEGIN');
  try {
    await db.query(`SET LOCAL lock_timeout = ${quoteLiteral(opts.lockTimeout ?? '30s')}`);
    const out = await work();
    await db.query('COMMIT');
    return out;
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

interface TableRow {
  oid: string;
  schema: string;
  relkind: string;
  owner: string;
  acl: string | null;
  comment: string | null;
  rls: boolean;
}

async function tableInfo(db: SqlConnection, table: string): Promise<TableRow | null> {
  const [t] = await rows<TableRow>(
    db,
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relkind::text AS relkind,
            pg_get_userbyid(c.relowner) AS owner, c.relacl::text AS acl,
            obj_description(c.oid, 'pg_class') AS comment, c.relrowsecurity AS rls
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = to_regclass($1)`,
    [table],
  );
  return t ?? null;
}

/** Whether the table is partitioned already (a catalog lookup, no row counts). */
export async function isPartitioned(db: SqlConnection, table = PARTITIONED_TABLE): Promise<boolean> {
  return (await tableInfo(db, table))?.relkind === 'p';
}

/** Partitions of a partitioned table with their LIST value (or DEFAULT) and row counts. */
export async function partitionStatus(
  db: SqlConnection,
  table = PARTITIONED_TABLE,
): Promise<PartitionStatus> {
  const t = await tableInfo(db, table);
  if (!t) return { table, exists: false, partitioned: false, partitions: [] };
  if (t.relkind !== 'p') return { table, exists: true, partitioned: false, partitions: [] };
  const parts = await rows<{ name: string; bound: string }>(
    db,
    `SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound
     FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = $1::oid`,
    [t.oid],
  );
  const partitions: PartitionInfo[] = [];
  for (const p of parts) {
    const [{ n }] = await rows<{ n: string }>(
      db,
      `SELECT count(*) AS n FROM ${quoteIdent(t.schema)}.${quoteIdent(p.name)}`,
    );
    const m = /^FOR VALUES IN \((\d+)\)$/.exec(p.bound);
    partitions.push({ name: p.name, year: m ? Number(m[1]) : null, rows: Number(n) });
  }
  partitions.sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity) || a.name.localeCompare(b.name));
  return { table, exists: true, partitioned: true, partitions };
}

/** GRANT statements reproducing an ACL (aclitem[] as text), for `target` (TABLE x, or (col) ON TABLE x). */
async function grantsFor(
  db: SqlConnection,
  acl: string | null,
  privilegeSuffix: string,
  target: string,
): Promise<string[]> {
  if (!acl) return [];
  const items = await rows<{ grantee: string | null; privilege: string; grantable: boolean }>(
    db,
    `SELECT CASE WHEN a.grantee = 0 THEN NULL ELSE pg_get_userbyid(a.grantee) END AS grantee,
            a.privilege_type AS privilege, a.is_grantable AS grantable
     FROM aclexplode($1::aclitem[]) a`,
    [acl],
  );
  return items.map(
    (a) =>
      `GRANT ${a.privilege}${privilegeSuffix} ON ${target} TO ${a.grantee === null ? 'PUBLIC' : quoteIdent(a.grantee)}${a.grantable ? ' WITH GRANT OPTION' : ''}`,
  );
}

/**
 * Converts `unit_year_report` into a table partitioned by LIST (year), in one transaction: the old table is
 * renamed, the partitioned table created with the same columns (defaults, NOT NULL, CHECKs, comments), one
 * partition per year present in the table or in reporting_period (and per year of `opts.years`) plus a
 * DEFAULT partition, the rows copied,
 * then the same primary key, unique constraints, indexes (same names and definitions), foreign keys,
 * triggers, owner and grants recreated, and the old table dropped. A second run changes nothing and
 * returns `converted: false` ("already partitioned").
 *
 * Refuses (and changes nothing) when another table has a foreign key to it or it has row-level security.
 */
export async function partitionUnitYearReport(
  db: SqlConnection,
  opts: PartitionOptions & {
    table?: string;
    /** Years to give a partition as well (e.g. the coming ones), beyond those in the data and periods. */
    years?: number[];
  } = {},
): Promise<ConvertResult> {
  const table = opts.table ?? PARTITIONED_TABLE;
  const statements: string[] = [];
  const run = async (sql: string): Promise<void> => {
    statements.push(sql);
    await db.query(sql);
  };
  const result = await inTransaction(db, opts, async () => {
    const before = await tableInfo(db, table);
    if (!before) throw new Error(`表不存在 table ${table} does not exist: run the migrations first`);
    const q = `${quoteIdent(before.schema)}.${quoteIdent(table)}`;
    // Every reader and writer waits until the new table is committed (then resolves the name to it).
    await db.query(`LOCK TABLE ${q} IN ACCESS EXCLUSIVE MODE`);
    const t = await tableInfo(db, table);
    if (!t) throw new Error(`表不存在 table ${table} does not exist`);
    if (t.relkind === 'p') return null;
    if (t.relkind !== 'r') throw new Error(`${table} is not an ordinary table (relkind ${t.relkind})`);

    const referencing = await rows<{ name: string; source: string }>(
      db,
      `SELECT conname AS name, conrelid::regclass::text AS source FROM pg_constraint
       WHERE contype = 'f' AND confrelid = $1::oid`,
      [t.oid],
    );
    if (referencing.length)
      throw new Error(
        `${table} is referenced by foreign keys (${referencing.map((r) => `${r.source}.${r.name}`).join(', ')}): not converted`,
      );
    if (t.rls) throw new Error(`${table} has row-level security enabled: not converted`);
    const [{ inherits }] = await rows<{ inherits: boolean }>(
      db,
      `SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = $1::oid OR inhparent = $1::oid) AS inherits`,
      [t.oid],
    );
    if (inherits) throw new Error(`${table} takes part in table inheritance: not converted`);

    // ── what to recreate, read from the catalog before anything changes ──
    const columns = await rows<{ name: string; acl: string | null }>(
      db,
      `SELECT attname AS name, attacl::text AS acl FROM pg_attribute
       WHERE attrelid = $1::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [t.oid],
    );
    const indexes = await rows<{
      name: string;
      def: string;
      constraintName: string | null;
      constraintDef: string | null;
    }>(
      db,
      `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def,
              con.conname AS "constraintName", pg_get_constraintdef(con.oid) AS "constraintDef"
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_constraint con ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid
            AND con.contype IN ('p', 'u', 'x')
       WHERE x.indrelid = $1::oid
       ORDER BY x.indisprimary DESC, i.relname`,
      [t.oid],
    );
    const foreignKeys = await rows<{ name: string; def: string }>(
      db,
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = $1::oid AND contype = 'f' ORDER BY conname`,
      [t.oid],
    );
    const triggers = await rows<{ name: string; def: string; enabled: string }>(
      db,
      `SELECT tgname AS name, pg_get_triggerdef(oid) AS def, tgenabled::text AS enabled FROM pg_trigger
       WHERE tgrelid = $1::oid AND NOT tgisinternal ORDER BY tgname`,
      [t.oid],
    );
    const [{ hasPeriods }] = await rows<{ hasPeriods: boolean }>(
      db,
      `SELECT to_regclass('reporting_period') IS NOT NULL AS "hasPeriods"`,
    );
    const present = (
      await rows<{ year: number }>(
        db,
        `SELECT DISTINCT year FROM ${q} WHERE year IS NOT NULL${
          hasPeriods ? ' UNION SELECT year FROM reporting_period' : ''
        }`,
      )
    ).map((r) => checkYear(Number(r.year)));
    const years = [...new Set([...present, ...(opts.years ?? []).map(checkYear)])].sort((a, b) => a - b);
    const tableGrants = await grantsFor(db, t.acl, '', `TABLE ${q}`);
    const columnGrants: string[] = [];
    for (const c of columns)
      columnGrants.push(...(await grantsFor(db, c.acl, ` (${quoteIdent(c.name)})`, `TABLE ${q}`)));

    // ── the swap ──
    const oldName = `${table}_unpartitioned`;
    const old = `${quoteIdent(t.schema)}.${quoteIdent(oldName)}`;
    await run(`ALTER TABLE ${q} RENAME TO ${quoteIdent(oldName)}`);
    // Free the index and constraint names for the new table (the old one is dropped at the end).
    for (const ix of indexes)
      await run(
        ix.constraintName
          ? `ALTER TABLE ${old} DROP CONSTRAINT ${quoteIdent(ix.constraintName)}`
          : `DROP INDEX ${quoteIdent(t.schema)}.${quoteIdent(ix.name)}`,
      );
    await run(
      `CREATE TABLE ${q} (LIKE ${old} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION INCLUDING GENERATED INCLUDING IDENTITY) PARTITION BY LIST (year)`,
    );
    const partitionNames: string[] = [];
    for (const y of years) {
      const name = yearPartitionName(y, table);
      partitionNames.push(name);
      await run(
        `CREATE TABLE ${quoteIdent(t.schema)}.${quoteIdent(name)} PARTITION OF ${q} FOR VALUES IN (${y})`,
      );
    }
    partitionNames.push(defaultPartitionName(table));
    await run(
      `CREATE TABLE ${quoteIdent(t.schema)}.${quoteIdent(defaultPartitionName(table))} PARTITION OF ${q} DEFAULT`,
    );
    const cols = columns.map((c) => quoteIdent(c.name)).join(', ');
    // Rows first, indexes after (one sorted build per index instead of row-by-row maintenance); triggers
    // after the copy, so moving rows is not seen as new writes.
    await run(`INSERT INTO ${q} (${cols}) SELECT ${cols} FROM ${old}`);
    for (const ix of indexes) {
      if (ix.constraintName && ix.constraintDef)
        await run(`ALTER TABLE ${q} ADD CONSTRAINT ${quoteIdent(ix.constraintName)} ${ix.constraintDef}`);
      else await run(ix.def); // names the table by its (now new) qualified name
    }
    for (const fk of foreignKeys)
      await run(`ALTER TABLE ${q} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`);
    for (const tg of triggers) {
      await run(tg.def);
      if (tg.enabled === 'D') await run(`ALTER TABLE ${q} DISABLE TRIGGER ${quoteIdent(tg.name)}`);
      else if (tg.enabled === 'R')
        await run(`ALTER TABLE ${q} ENABLE REPLICA TRIGGER ${quoteIdent(tg.name)}`);
      else if (tg.enabled === 'A') await run(`ALTER TABLE ${q} ENABLE ALWAYS TRIGGER ${quoteIdent(tg.name)}`);
    }
    for (const name of [table, ...partitionNames])
      await run(`ALTER TABLE ${quoteIdent(t.schema)}.${quoteIdent(name)} OWNER TO ${quoteIdent(t.owner)}`);
    if (t.acl !== null) {
      // An explicit ACL is the whole list (the owner's own entry included): start from nothing.
      await run(`REVOKE ALL ON TABLE ${q} FROM ${quoteIdent(t.owner)}`);
      for (const g of tableGrants) await run(g);
    }
    for (const g of columnGrants) await run(g);
    if (t.comment !== null) await run(`COMMENT ON TABLE ${q} IS ${quoteLiteral(t.comment)}`);
    const [{ n }] = await rows<{ n: string }>(db, `SELECT count(*) AS n FROM ${old}`);
    const [{ m }] = await rows<{ m: string }>(db, `SELECT count(*) AS m FROM ${q}`);
    if (n !== m) throw new Error(`row count differs after the copy (${n} → ${m}): rolled back`);
    await run(`DROP TABLE ${old}`);
    await run(`ANALYZE ${q}`);
    return { rows: Number(n), years };
  });
  const status = await partitionStatus(db, table);
  if (result === null) return { converted: false, reason: 'already partitioned', status };
  return { converted: true, ...result, statements, status };
}

/**
 * Adds the partition of `year` to the partitioned unit_year_report, moving that year's rows out of the
 * DEFAULT partition (where they landed while the year had no partition) into it, in one transaction. Does
 * nothing if a partition for the year exists already.
 */
export async function addYearPartition(
  db: SqlConnection,
  year: number,
  opts: PartitionOptions & { table?: string } = {},
): Promise<AddYearResult> {
  const table = opts.table ?? PARTITIONED_TABLE;
  const name = yearPartitionName(checkYear(year), table);
  return inTransaction(db, opts, async () => {
    const t = await tableInfo(db, table);
    if (!t || t.relkind !== 'p')
      throw new Error(`${table} is not partitioned: run the conversion first (npm run db:partition)`);
    const q = `${quoteIdent(t.schema)}.${quoteIdent(table)}`;
    // Held for the few statements below (one year's rows, milliseconds): no write can land in DEFAULT
    // between the move and the attach.
    await db.query(`LOCK TABLE ${q} IN ACCESS EXCLUSIVE MODE`);
    const [existing] = await rows<{ name: string }>(
      db,
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = $1::oid AND pg_get_expr(c.relpartbound, c.oid) = $2`,
      [t.oid, `FOR VALUES IN (${year})`],
    );
    if (existing) return { created: false, partition: existing.name, moved: 0 };
    const [def] = await rows<{ schema: string; name: string }>(
      db,
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_partitioned_table p
       JOIN pg_class c ON c.oid = p.partdefid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE p.partrelid = $1::oid`,
      [t.oid],
    );
    const target = `${quoteIdent(t.schema)}.${quoteIdent(name)}`;
    if (!def) {
      await db.query(`CREATE TABLE ${target} PARTITION OF ${q} FOR VALUES IN (${year})`);
      await db.query(`ALTER TABLE ${target} OWNER TO ${quoteIdent(t.owner)}`);
      return { created: true, partition: name, moved: 0 };
    }
    // The year's rows leave DEFAULT for a new table, which is then attached: ATTACH checks that DEFAULT
    // holds no row of the year any more, builds the parent's indexes on it and clones its row triggers.
    const cols = (
      await rows<{ name: string }>(
        db,
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::oid AND attnum > 0 AND NOT attisdropped
         ORDER BY attnum`,
        [t.oid],
      )
    )
      .map((c) => quoteIdent(c.name))
      .join(', ');
    await db.query(
      `CREATE TABLE ${target} (LIKE ${q} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMPRESSION INCLUDING GENERATED INCLUDING IDENTITY)`,
    );
    const moved = await rows<{ n: string }>(
      db,
      `WITH moved AS (DELETE FROM ${quoteIdent(def.schema)}.${quoteIdent(def.name)} WHERE year = $1 RETURNING ${cols}),
            ins AS (INSERT INTO ${target} (${cols}) SELECT ${cols} FROM moved RETURNING 1)
       SELECT count(*) AS n FROM ins`,
      [year],
    );
    // A CHECK matching the bound lets ATTACH skip its validation scan of the new table.
    await db.query(
      `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(`${name}_bound`)} CHECK (year IS NOT NULL AND year = ${year})`,
    );
    await db.query(`ALTER TABLE ${q} ATTACH PARTITION ${target} FOR VALUES IN (${year})`);
    await db.query(`ALTER TABLE ${target} DROP CONSTRAINT ${quoteIdent(`${name}_bound`)}`);
    await db.query(`ALTER TABLE ${target} OWNER TO ${quoteIdent(t.owner)}`);
    await db.query(`ANALYZE ${target}`);
    return { created: true, partition: name, moved: Number(moved[0]?.n ?? 0) };
  });
}
