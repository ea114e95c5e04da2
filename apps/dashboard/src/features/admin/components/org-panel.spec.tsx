import { beforeEach, describe, expect, it } from '@jest/globals';
import type { OrgNodeDto, UnitDto } from '@nianbao/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch, type FakeRequest } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { node, unit, validationFailed } from './admin-test-data';
import { OrgPanel } from './org-panel';

let nodes: OrgNodeDto[];
let units: UnitDto[];
let api: ReturnType<typeof fakeFetch>;

const patchUnit = (id: string) => (req: FakeRequest) => {
  units = units.map((u) => (u.id === id ? { ...u, ...(req.body as Partial<UnitDto>) } : u));
  return units.find((u) => u.id === id);
};

beforeEach(() => {
  nodes = [
    node('n1', '示例市', null, { path: 'n1', level: 'city' }),
    node('n2', '示例区', 'n1', { path: 'n1.n2', level: 'district' }),
    node('n3', '另一区', 'n1', { path: 'n1.n3', level: 'district' }),
  ];
  units = [
    unit('u1', '示例区教育局', 'n2'),
    unit('u2', '示例街道办事处', 'n2', { kind: 'street' }),
    unit('u3', '已撤销单位', 'n3', { isActive: false }),
  ];
  api = fakeFetch({
    'GET /api/org/nodes': () => nodes,
    'GET /api/units': () => units,
    'POST /api/org/nodes': (req: FakeRequest) => {
      const b = req.body as OrgNodeDto;
      const created = node('n9', b.name, b.parentId, { code: b.code, level: b.level, path: 'n1.n2.n9' });
      nodes = [...nodes, created];
      return created;
    },
    'POST /api/units': (req: FakeRequest) => {
      const b = req.body as UnitDto;
      const created = unit('u9', b.name, b.orgNodeId, b);
      units = [...units, created];
      return created;
    },
    'PATCH /api/units/u1': patchUnit('u1'),
    'PATCH /api/org/nodes/n2': (req: FakeRequest) => {
      nodes = nodes.map((n) => (n.id === 'n2' ? { ...n, ...(req.body as Partial<OrgNodeDto>) } : n));
      return nodes[1];
    },
  });
});

function nodeItem(name: string): HTMLElement {
  return screen.getByText(name, { selector: '.adm-name' }).closest('li') as HTMLElement;
}
function unitRow(name: string): HTMLElement {
  const row = document.querySelector(`[data-unit="${name}"]`);
  if (!row) throw new Error(`no unit row ${name}`);
  return row as HTMLElement;
}

describe('OrgPanel', () => {
  it('shows the tree: nodes inside their parent, units inside their node, closed units marked', async () => {
    renderPage(<OrgPanel />);
    await screen.findByText('示例区', { selector: '.adm-name' });
    expect(within(nodeItem('示例市')).getByText('示例区', { selector: '.adm-name' })).toBeTruthy();
    expect(within(nodeItem('示例区')).getByText('示例区教育局')).toBeTruthy();
    expect(within(nodeItem('示例区')).queryByText('已撤销单位')).toBeNull();
    expect(within(unitRow('示例街道办事处')).getByText('U2 · 街道办事处')).toBeTruthy();
    expect(within(unitRow('已撤销单位')).getByText(/已停用/)).toBeTruthy();
    expect(within(unitRow('已撤销单位')).getByRole('button', { name: '启用' })).toBeTruthy();
  });

  it('adds an organisation node under a parent and shows it in the tree', async () => {
    renderPage(<OrgPanel />);
    const form = await screen.findByRole('region', { name: '新增组织节点' });
    fireEvent.change(within(form).getByLabelText('上级'), { target: { value: 'n2' } });
    fireEvent.change(within(form).getByLabelText('代码'), { target: { value: ' JD-1 ' } });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '东片区' } });
    fireEvent.change(within(form).getByLabelText('层级'), { target: { value: 'other' } });
    fireEvent.click(within(form).getByRole('button', { name: '创建' }));
    await screen.findByText('东片区', { selector: '.adm-name' });
    expect(api.bodies('POST /api/org/nodes')).toEqual([
      { parentId: 'n2', code: 'JD-1', name: '东片区', level: 'other' },
    ]);
    expect(within(nodeItem('示例区')).getByText('东片区', { selector: '.adm-name' })).toBeTruthy();
    // The form is cleared for the next one.
    expect((within(form).getByLabelText('名称') as HTMLInputElement).value).toBe('');
  });

  it('shows a rejected node code in Chinese and adds nothing', async () => {
    api = fakeFetch({
      'GET /api/org/nodes': nodes,
      'GET /api/units': units,
      'POST /api/org/nodes': validationFailed([
        { path: 'code', message: '代码只能包含字母、数字、点、下划线和连字符' },
      ]),
    });
    renderPage(<OrgPanel />);
    const form = await screen.findByRole('region', { name: '新增组织节点' });
    fireEvent.change(within(form).getByLabelText('代码'), { target: { value: '东 区' } });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '东片区' } });
    fireEvent.click(within(form).getByRole('button', { name: '创建' }));
    await within(form).findByText('请求参数有误');
    expectFieldError(within(form).getByLabelText('代码'), '代码只能包含字母、数字、点、下划线和连字符');
    expect((within(form).getByLabelText('名称') as HTMLInputElement).value).toBe('东片区');
    expect(screen.queryByText('东片区', { selector: '.adm-name' })).toBeNull();
  });

  it('adds a unit to the first district by default with its kind and first year', async () => {
    renderPage(<OrgPanel />);
    const form = await screen.findByRole('region', { name: '新增单位' });
    expect((within(form).getByLabelText('所属组织') as HTMLSelectElement).value).toBe('n2');
    fireEvent.change(within(form).getByLabelText('代码'), { target: { value: 'JD2' } });
    fireEvent.change(within(form).getByLabelText('名称'), { target: { value: '第二街道办事处' } });
    fireEvent.change(within(form).getByLabelText('单位类型'), { target: { value: 'street' } });
    fireEvent.change(within(form).getByLabelText('起始年度'), { target: { value: '2024' } });
    fireEvent.click(within(form).getByRole('button', { name: '创建' }));
    expect(await within(form).findByRole('status')).toHaveProperty('textContent', '第二街道办事处');
    expect(api.bodies('POST /api/units')).toEqual([
      { orgNodeId: 'n2', code: 'JD2', name: '第二街道办事处', kind: 'street', reportsFromYear: 2024 },
    ]);
    await waitFor(() => expect(within(nodeItem('示例区')).getByText('第二街道办事处')).toBeTruthy());
  });

  it('renames a unit in place', async () => {
    renderPage(<OrgPanel />);
    await screen.findByText('示例区教育局');
    fireEvent.click(screen.getByRole('button', { name: '改名 示例区教育局' }));
    const input = within(unitRow('示例区教育局')).getByLabelText('名称');
    fireEvent.change(input, { target: { value: ' 示例区教育体育局 ' } });
    fireEvent.click(within(unitRow('示例区教育局')).getByRole('button', { name: '保存' }));
    await screen.findByText('示例区教育体育局');
    expect(api.bodies('PATCH /api/units/u1')).toEqual([{ name: '示例区教育体育局' }]);
    expect(screen.queryByText('示例区教育局')).toBeNull();
  });

  it('keeps the rename open with the API’s message when the name is refused', async () => {
    api = fakeFetch({
      'GET /api/org/nodes': nodes,
      'GET /api/units': units,
      'PATCH /api/units/u1': {
        status: 409,
        body: { code: 'DUPLICATE_NAME', message: '同一组织下已有同名单位' },
      },
    });
    renderPage(<OrgPanel />);
    await screen.findByText('示例区教育局');
    fireEvent.click(screen.getByRole('button', { name: '改名 示例区教育局' }));
    fireEvent.change(within(unitRow('示例区教育局')).getByLabelText('名称'), {
      target: { value: '示例街道办事处' },
    });
    fireEvent.click(within(unitRow('示例区教育局')).getByRole('button', { name: '保存' }));
    expect((await within(unitRow('示例区教育局')).findByRole('alert')).textContent).toContain(
      '同一组织下已有同名单位',
    );
    expect(within(unitRow('示例区教育局')).getByLabelText('名称')).toBeTruthy();
  });

  it('moves a unit to another node', async () => {
    renderPage(<OrgPanel />);
    await screen.findByText('示例区教育局');
    fireEvent.change(screen.getByLabelText('移动到 示例区教育局'), { target: { value: 'n3' } });
    await waitFor(() => expect(within(nodeItem('另一区')).getByText('示例区教育局')).toBeTruthy());
    expect(api.bodies('PATCH /api/units/u1')).toEqual([{ orgNodeId: 'n3' }]);
  });

  it('moves a node to the top level, never under itself or its descendants', async () => {
    renderPage(<OrgPanel />);
    await screen.findByText('示例区', { selector: '.adm-name' });
    const ownOptions = [...(screen.getByLabelText('移动到 示例市') as HTMLSelectElement).options].map(
      (o) => o.text,
    );
    expect(ownOptions).toEqual(['（无）']);
    fireEvent.change(screen.getByLabelText('移动到 示例区'), { target: { value: '' } });
    await waitFor(() =>
      expect(within(nodeItem('示例市')).queryByText('示例区', { selector: '.adm-name' })).toBeNull(),
    );
    expect(api.bodies('PATCH /api/org/nodes/n2')).toEqual([{ parentId: null }]);
  });

  it('deactivates a unit', async () => {
    renderPage(<OrgPanel />);
    await screen.findByText('示例区教育局');
    fireEvent.click(within(unitRow('示例区教育局')).getByRole('button', { name: '停用' }));
    await waitFor(() => expect(within(unitRow('示例区教育局')).getByText(/已停用/)).toBeTruthy());
    expect(api.bodies('PATCH /api/units/u1')).toEqual([{ isActive: false }]);
  });

  it('imports a unit list and reports what was created and updated', async () => {
    api = fakeFetch({
      'GET /api/org/nodes': nodes,
      'GET /api/units': units,
      'POST /api/units/import': { created: 2, updated: 1 },
    });
    renderPage(<OrgPanel />);
    const section = await screen.findByRole('region', { name: '导入单位名单（.xlsx / .csv）' });
    const file = new File(['代码,名称\n'], '单位名单.csv', { type: 'text/csv' });
    fireEvent.change(within(section).getByLabelText('导入单位名单（.xlsx / .csv）'), {
      target: { files: [file] },
    });
    expect(await within(section).findByRole('status')).toHaveProperty(
      'textContent',
      '导入完成：新增 2 个，更新 1 个',
    );
    const [body] = api.bodies('POST /api/units/import');
    expect(body).toBeInstanceOf(FormData);
    expect(((body as FormData).get('file') as File).name).toBe('单位名单.csv');
  });

  it('shows every row error of a refused import', async () => {
    api = fakeFetch({
      'GET /api/org/nodes': nodes,
      'GET /api/units': units,
      'POST /api/units/import': validationFailed(
        [
          { path: '3.上级', message: '第 3 行「上级」：找不到节点「某区」' },
          { path: '5.类型', message: '第 5 行「类型」：应为 政府部门/街道办事处/乡镇/事业单位/其他' },
        ],
        '导入文件有 2 处错误，未导入任何数据',
      ),
    });
    renderPage(<OrgPanel />);
    const section = await screen.findByRole('region', { name: '导入单位名单（.xlsx / .csv）' });
    const file = new File(['x'], 'units.xlsx');
    fireEvent.change(within(section).getByLabelText('导入单位名单（.xlsx / .csv）'), {
      target: { files: [file] },
    });
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain('导入文件有 2 处错误，未导入任何数据');
    expect(alert.textContent).toContain('第 3 行「上级」：找不到节点「某区」');
    expect(alert.textContent).toContain('第 5 行「类型」：应为 政府部门/街道办事处/乡镇/事业单位/其他');
    expect(within(section).queryByRole('status')).toBeNull();
  });
});

/** The field's own error: beside the field (aria-describedby), not repeated in the form's summary. */
function expectFieldError(field: HTMLElement, message: string) {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const id = field.getAttribute('aria-describedby') ?? '';
  const beside = document.getElementById(id);
  expect(beside?.textContent).toBe(message);
  expect(beside?.parentElement?.contains(field)).toBe(true);
  for (const alert of screen.getAllByRole('alert')) expect(alert.textContent).not.toContain(message);
}
