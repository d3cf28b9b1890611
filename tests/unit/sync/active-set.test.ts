import { describe, expect, it } from 'vitest';
import type { IcpVersionRow } from '../../../lib/db/database';
import { chooseActiveIcps } from '../../../lib/sync/active-set';
import { icpDocument } from './documents';

let key = 0;
function row(
  source: string,
  version: number,
  overrides: Record<string, unknown> = {},
): IcpVersionRow {
  const document = icpDocument(version, overrides);
  return { key: ++key, id: document.id, version, fetchedAt: key, source, document };
}

describe('chooseActiveIcps', () => {
  const team = row('https://a.example/icp.json', 3);
  const older = row('https://a.example/icp.json', 2);
  const mirror = row('https://b.example/icp.json', 9); // same id from another source
  const mine = row('editor', 1, { id: 'mine', name: 'Mine' });

  it('takes each source once, in order, then local ICPs; the first of an id wins', () => {
    const active = chooseActiveIcps({
      synced: [
        { source: team.source, row: team },
        { source: mirror.source, row: mirror },
        { source: 'https://never-synced.example/icp.json', row: undefined },
      ],
      local: [mine, undefined],
      rollbacks: new Map(),
      locked: false,
    });
    expect(active.map((entry) => [entry.icp.id, entry.icp.version, entry.synced])).toEqual([
      ['fjordwave-core', 3, true],
      ['mine', 1, false],
    ]);
  });

  it('swaps in a rollback, except under lockIcp, and skips rows that no longer validate', () => {
    const broken: IcpVersionRow = {
      ...row('https://c.example/icp.json', 1),
      document: { nope: 1 },
    };
    const input = {
      synced: [
        { source: team.source, row: team },
        { source: broken.source, row: broken },
      ],
      local: [mine],
      rollbacks: new Map([[team.id, older]]),
      locked: false,
    };
    expect(chooseActiveIcps(input).map((entry) => [entry.icp.version, entry.rolledBack])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(chooseActiveIcps({ ...input, locked: true }).map((entry) => entry.icp.version)).toEqual([
      3,
    ]);
  });
});
