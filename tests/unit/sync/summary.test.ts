import { describe, expect, it } from 'vitest';
import { syncAlert } from '../../../lib/sync/summary';

describe('syncAlert', () => {
  it('is silent when every source is fine and names the latest failure otherwise', () => {
    const ok = {
      url: 'https://a.example/icp.json',
      state: 'unchanged',
      checkedAt: 5,
      message: 'Up to date.',
    } as const;
    expect(syncAlert({ [ok.url]: ok })).toBeUndefined();
    const failures = {
      old: { url: 'https://b.example/icp.json', state: 'error', checkedAt: 1, message: 'Old.' },
      new: {
        url: 'https://c.example/icp.json',
        state: 'error',
        checkedAt: 9,
        message: 'The server answered 500.',
      },
    } as const;
    expect(syncAlert({ ...failures, [ok.url]: ok })).toEqual({
      url: 'https://c.example/icp.json',
      message: 'ICP sync (c.example): The server answered 500.',
      failed: 2,
    });
  });
});
