import { randomUUID } from 'node:crypto';

import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type { App } from 'supertest/types.js';
import type { DataSource } from 'typeorm';

import { UserAccount, UserRole } from '../../src/accounts/user-account.entity.js';
import { hashPassword } from '../../src/auth/password-hasher.js';
import { OrgNode, OrgNodeLevel } from '../../src/org/org-node.entity.js';
import { Unit, UnitKind } from '../../src/org/unit.entity.js';
import { ReportingPeriod } from '../../src/periods/reporting-period.entity.js';

let seq = 0;
const next = (): number => ++seq;

export async function createOrgNode(
  ds: DataSource,
  o: { parent?: OrgNode | null; code?: string; name?: string; level?: OrgNodeLevel; isDemo?: boolean } = {},
): Promise<OrgNode> {
  const id = randomUUID();
  const n = next();
  const node = ds.getRepository(OrgNode).create({
    id,
    parentId: o.parent?.id ?? null,
    code: o.code ?? `N${n}`,
    name: o.name ?? `测试节点${n}`,
    level: o.level ?? 'district',
    path: `${o.parent?.path ?? '/'}${id}/`,
    isDemo: o.isDemo ?? false,
  });
  return ds.getRepository(OrgNode).save(node);
}

export async function createUnit(
  ds: DataSource,
  o: { orgNode: OrgNode } & Partial<
    Pick<
      Unit,
      | 'code'
      | 'name'
      | 'kind'
      | 'reportsFromYear'
      | 'reportsUntilYear'
      | 'isActive'
      | 'contactPerson'
      | 'contactPhone'
    >
  > & {
      kind?: UnitKind;
    },
): Promise<Unit> {
  const n = next();
  const { orgNode, ...rest } = o;
  return ds.getRepository(Unit).save(
    ds.getRepository(Unit).create({
      orgNodeId: orgNode.id,
      code: `U${n}`,
      name: `测试单位${n}`,
      kind: 'department',
      reportsFromYear: 2020,
      reportsUntilYear: null,
      isActive: true,
      contactPerson: null,
      contactPhone: null,
      ...rest,
    }),
  );
}

export async function createPeriod(
  ds: DataSource,
  o: Partial<ReportingPeriod> & { year: number },
): Promise<ReportingPeriod> {
  return ds.getRepository(ReportingPeriod).save(
    ds.getRepository(ReportingPeriod).create({
      statutoryDeadline: `${o.year + 1}-01-31`,
      internalDeadlines: {},
      isOpen: true,
      ...o,
    }),
  );
}

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestUser {
  account: UserAccount;
  password: string;
}

export async function createUser(
  ds: DataSource,
  role: UserRole,
  o: { orgNode?: OrgNode; unit?: Unit; username?: string; password?: string; isActive?: boolean } = {},
): Promise<TestUser> {
  const password = o.password ?? TEST_PASSWORD;
  const account = await ds.getRepository(UserAccount).save(
    ds.getRepository(UserAccount).create({
      username: o.username ?? `${role}${next()}`,
      displayName: `测试${role}`,
      passwordHash: await hashPassword(password),
      role,
      orgNodeId: o.orgNode?.id ?? null,
      unitId: o.unit?.id ?? null,
      isActive: o.isActive ?? true,
    }),
  );
  return { account, password };
}

export interface LoggedIn {
  /** supertest agent carrying the session cookie */
  agent: TestAgent;
  csrf: string;
}

/** Logs in over HTTP; send `.set('x-csrf-token', csrf)` on every POST/PATCH/PUT/DELETE. */
export async function loginAs(http: App, user: TestUser): Promise<LoggedIn> {
  const agent = request.agent(http);
  const res = await agent
    .post('/api/auth/login')
    .send({ username: user.account.username, password: user.password });
  if (res.status !== 200)
    throw new Error(`login failed for ${user.account.username}: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: (res.body as { csrfToken: string }).csrfToken };
}

/** GET a download with the body collected as bytes (supertest only buffers text types by itself). */
export async function getBytes(who: LoggedIn, path: string): Promise<request.Response & { body: Buffer }> {
  const res = await who.agent
    .get(path)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  return res;
}
