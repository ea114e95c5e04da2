import { beforeEach, describe, expect, it } from '@jest/globals';
import type { AccountDto } from '@nianbao/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { fakeFetch, type FakeRequest } from '../../../test/fake-fetch';
import { renderPage } from '../../../test/render-page';
import { AccountsPanel } from './accounts-panel';
import { account, node, unit, validationFailed } from './admin-test-data';

const NODES = [node('n1', '示例市', null), node('n2', '示例区', 'n1')];
const UNITS = [
  unit('u1', '示例区教育局', 'n2'),
  unit('u2', '示例区卫健委', 'n2'),
  unit('u3', '已撤销单位', 'n2', { isActive: false }),
];

let accounts: AccountDto[];
let api: ReturnType<typeof fakeFetch>;

function byBody<T>(key: string): T[] {
  return api.bodies(key) as T[];
}

function rowOf(username: string): HTMLElement {
  return screen.getByText(username, { selector: 'td' }).closest('tr') as HTMLElement;
}

beforeEach(() => {
  accounts = [
    account('a1', 'edu', { unitId: 'u1' }),
    account('a2', 'super', { role: 'supervisor', orgNodeId: 'n2' }),
  ];
  api = fakeFetch({
    'GET /api/accounts': () => accounts,
    'GET /api/org/nodes': NODES,
    'GET /api/units': UNITS,
    'POST /api/accounts': (req: FakeRequest) => {
      const b = req.body as AccountDto;
      const created = account('a9', b.username, { ...b, displayName: b.displayName });
      accounts = [...accounts, created];
      return created;
    },
    'PATCH /api/accounts/a1': (req: FakeRequest) => {
      accounts = accounts.map((a) => (a.id === 'a1' ? { ...a, ...(req.body as Partial<AccountDto>) } : a));
      return accounts[0];
    },
    'POST /api/accounts/a1/password': { status: 204, body: null },
  });
});

describe('AccountsPanel', () => {
  it('lists the accounts with role, scope by name and status', async () => {
    renderPage(<AccountsPanel />);
    await screen.findByText('edu', { selector: 'td' });
    expect(within(rowOf('edu')).getByText('填报员')).toBeTruthy();
    expect(within(rowOf('edu')).getByText('示例区教育局')).toBeTruthy();
    expect(within(rowOf('edu')).getByText('正常')).toBeTruthy();
    expect(within(rowOf('super')).getByText('监督员')).toBeTruthy();
    expect(within(rowOf('super')).getByText('示例区')).toBeTruthy();
  });

  it('creates a reporter for an active unit and shows it in the list', async () => {
    renderPage(<AccountsPanel />);
    const form = await screen.findByRole('region', { name: '新建账号' });
    fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: ' health ' } });
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: '卫健委填报员' } });
    fireEvent.change(within(form).getByLabelText('初始密码（至少 10 位）'), {
      target: { value: 'Health-2025-pw' },
    });
    const scope = within(form).getByLabelText('范围') as HTMLSelectElement;
    // A reporter's scope is an active unit: the closed one is not offered.
    expect([...scope.options].map((o) => o.text)).toEqual(['—', '示例区教育局', '示例区卫健委']);
    fireEvent.change(scope, { target: { value: 'u2' } });
    fireEvent.click(within(form).getByRole('button', { name: '创建' }));

    expect(await within(form).findByRole('status')).toHaveProperty('textContent', '账号 health 已创建');
    expect(byBody('POST /api/accounts')).toEqual([
      {
        username: 'health',
        displayName: '卫健委填报员',
        password: 'Health-2025-pw',
        role: 'reporter',
        orgNodeId: null,
        unitId: 'u2',
      },
    ]);
    await screen.findByText('health', { selector: 'td' });
    expect(within(rowOf('health')).getByText('示例区卫健委')).toBeTruthy();
  });

  it('offers organisation nodes as a supervisor’s scope and none for an administrator', async () => {
    renderPage(<AccountsPanel />);
    const form = await screen.findByRole('region', { name: '新建账号' });
    fireEvent.change(within(form).getByLabelText('角色'), { target: { value: 'supervisor' } });
    const scope = within(form).getByLabelText('范围') as HTMLSelectElement;
    expect([...scope.options].map((o) => o.text)).toEqual(['—', '示例市', '示例区']);
    fireEvent.change(within(form).getByLabelText('角色'), { target: { value: 'admin' } });
    expect(within(form).queryByLabelText('范围')).toBeNull();
  });

  it('shows the API’s Chinese validation errors and keeps the list unchanged', async () => {
    api = fakeFetch({
      'GET /api/accounts': accounts,
      'GET /api/org/nodes': NODES,
      'GET /api/units': UNITS,
      'POST /api/accounts': validationFailed([
        { path: 'password', message: '密码至少 10 位' },
        { path: 'role', message: '监督员须指定组织节点，填报员须指定单位，管理员不指定范围' },
      ]),
    });
    renderPage(<AccountsPanel />);
    const form = await screen.findByRole('region', { name: '新建账号' });
    fireEvent.change(within(form).getByLabelText('用户名'), { target: { value: 'x' } });
    fireEvent.change(within(form).getByLabelText('姓名'), { target: { value: 'X' } });
    fireEvent.change(within(form).getByLabelText('初始密码（至少 10 位）'), { target: { value: 'short' } });
    fireEvent.click(within(form).getByRole('button', { name: '创建' }));

    await within(form).findByText('请求参数有误');
    expectFieldError(within(form).getByLabelText('初始密码（至少 10 位）'), '密码至少 10 位');
    expectFieldError(
      within(form).getByLabelText('角色'),
      '监督员须指定组织节点，填报员须指定单位，管理员不指定范围',
    );
    expect(within(form).queryByRole('status')).toBeNull();
    expect(screen.queryByText('x', { selector: 'td' })).toBeNull();
  });

  it('resets a password', async () => {
    renderPage(<AccountsPanel />);
    await screen.findByText('edu', { selector: 'td' });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '重置密码' }));
    fireEvent.change(within(rowOf('edu')).getByLabelText('新密码'), { target: { value: 'New-password-1' } });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '保存' }));
    expect(await within(rowOf('edu')).findByRole('status')).toHaveProperty('textContent', '密码已重置');
    expect(byBody('POST /api/accounts/a1/password')).toEqual([{ newPassword: 'New-password-1' }]);
    expect(within(rowOf('edu')).queryByLabelText('新密码')).toBeNull();
  });

  it('changes role and scope, and the row shows the new ones', async () => {
    renderPage(<AccountsPanel />);
    await screen.findByText('edu', { selector: 'td' });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '修改角色和范围' }));
    fireEvent.change(within(rowOf('edu')).getByLabelText('角色'), { target: { value: 'supervisor' } });
    fireEvent.change(within(rowOf('edu')).getByLabelText('范围'), { target: { value: 'n1' } });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(rowOf('edu')).queryByLabelText('角色')).toBeNull());
    await within(rowOf('edu')).findByText('示例市', { selector: 'td' });
    expect(within(rowOf('edu')).getByText('监督员', { selector: 'td' })).toBeTruthy();
    expect(byBody('PATCH /api/accounts/a1')).toEqual([{ role: 'supervisor', orgNodeId: 'n1', unitId: null }]);
  });

  it('disables an account', async () => {
    renderPage(<AccountsPanel />);
    await screen.findByText('edu', { selector: 'td' });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '停用' }));
    await waitFor(() => expect(within(rowOf('edu')).getByText('已停用')).toBeTruthy());
    expect(byBody('PATCH /api/accounts/a1')).toEqual([{ isActive: false }]);
    expect(within(rowOf('edu')).getByRole('button', { name: '启用' })).toBeTruthy();
  });

  it('shows a refusal from the API next to the account row', async () => {
    api = fakeFetch({
      'GET /api/accounts': accounts,
      'GET /api/org/nodes': NODES,
      'GET /api/units': UNITS,
      'PATCH /api/accounts/a1': {
        status: 409,
        body: { code: 'LAST_ADMIN', message: '不能停用最后一个管理员账号' },
      },
    });
    renderPage(<AccountsPanel />);
    await screen.findByText('edu', { selector: 'td' });
    fireEvent.click(within(rowOf('edu')).getByRole('button', { name: '停用' }));
    expect((await within(rowOf('edu')).findByRole('alert')).textContent).toContain(
      '不能停用最后一个管理员账号',
    );
    expect(within(rowOf('edu')).getByText('正常')).toBeTruthy();
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
