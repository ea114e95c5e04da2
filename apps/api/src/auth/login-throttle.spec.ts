import { describe, expect, it } from '@jest/globals';

import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  it('locks after maxFailures within the window and unlocks after lockMs', () => {
    let now = 0;
    const t = new LoginThrottle({ maxFailures: 3, windowMs: 1000, lockMs: 5000 }, () => now);
    expect(t.fail('k')).toBe(false);
    expect(t.fail('k')).toBe(false);
    expect(t.fail('k')).toBe(true);
    expect(t.lockedFor('k')).toBe(5000);
    now = 5001;
    expect(t.lockedFor('k')).toBe(0);
  });

  it('forgets failures outside the window', () => {
    let now = 0;
    const t = new LoginThrottle({ maxFailures: 2, windowMs: 1000, lockMs: 5000 }, () => now);
    t.fail('k');
    now = 2000;
    expect(t.fail('k')).toBe(false);
  });
});
