import type { UserRole } from '../accounts/user-account.entity.js';

/** The signed-in user as every controller sees it (`@CurrentUser() user: AuthUser`). */
export interface AuthUser {
  id: string;
  username: string;
  role: UserRole;
  orgNodeId: string | null;
  unitId: string | null;
}
