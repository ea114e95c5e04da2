import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportRowError, ImportUnitsResponse } from '@nianbao/contracts';
import { DataSource } from 'typeorm';

import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { DomainError } from '../common/domain-error.js';
import { OrgNode } from './org-node.entity.js';
import { Unit } from './unit.entity.js';
import { readUnitList, UnitListFormatError, validateUnitRows } from './unit-list-parser.js';

@Injectable()
export class UnitsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** All or nothing: every row is checked first; a single bad row stores nothing. Existing codes are updated. */
  async import(
    user: AuthUser,
    bytes: Buffer,
    fileName: string,
    ip: string | null,
  ): Promise<ImportUnitsResponse> {
    let raw;
    try {
      raw = await readUnitList(bytes, fileName);
    } catch (err) {
      if (err instanceof UnitListFormatError)
        throw new DomainError('UNSUPPORTED_FILE_TYPE', err.message, { status: 400 });
      throw err;
    }
    const { rows, errors } = validateUnitRows(raw);
    return this.dataSource.transaction(async (m) => {
      const nodes = await m.find(OrgNode);
      const byCode = new Map(nodes.map((n) => [n.code, n]));
      const byName = new Map<string, OrgNode[]>();
      for (const n of nodes) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
      const resolved: Array<{ nodeId: string; row: (typeof rows)[number] }> = [];
      const rowErrors: ImportRowError[] = [...errors];
      for (const row of rows) {
        const node =
          byCode.get(row.parent) ??
          (byName.get(row.parent)?.length === 1 ? byName.get(row.parent)?.[0] : undefined);
        if (!node) {
          const many = (byName.get(row.parent)?.length ?? 0) > 1;
          rowErrors.push({
            row: row.row,
            column: '上级',
            message: `第 ${row.row} 行「上级」：${many ? `名称「${row.parent}」对应多个节点，请填写节点代码` : `找不到节点「${row.parent}」`}`,
          });
        } else {
          resolved.push({ nodeId: node.id, row });
        }
      }
      if (rowErrors.length) {
        rowErrors.sort((a, b) => a.row - b.row);
        throw new DomainError('VALIDATION_FAILED', `导入文件有 ${rowErrors.length} 处错误，未导入任何数据`, {
          issues: rowErrors.map((e) => ({
            path: `${e.row}${e.column ? `.${e.column}` : ''}`,
            message: e.message,
          })),
        });
      }
      let created = 0;
      let updated = 0;
      for (const { nodeId, row } of resolved) {
        const values = {
          orgNodeId: nodeId,
          name: row.name,
          kind: row.kind,
          contactPerson: row.contactPerson,
          contactPhone: row.contactPhone,
          reportsFromYear: row.reportsFromYear,
          reportsUntilYear: row.reportsUntilYear,
        };
        const existing = await m.findOneBy(Unit, { code: row.code });
        if (existing) {
          await m.update(Unit, existing.id, values);
          updated++;
        } else {
          await m.insert(Unit, { code: row.code, ...values });
          created++;
        }
      }
      await this.audit.record(m, {
        actor: user,
        action: 'unit.import',
        entityType: 'unit',
        details: {
          fileName: fileName.slice(0, 200),
          created,
          updated,
          codes: resolved.map((r) => r.row.code),
        },
        ip,
      });
      return { created, updated };
    });
  }
}
