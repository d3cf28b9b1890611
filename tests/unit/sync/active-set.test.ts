import { describe, expect, it } from 'vitest';
import type { IcpVersionRow } from '../../../lib/db/database';
import { chooseActiveIcps } from '../../../lib/sync/active-set';
import type { StoredSignature } from '../../../lib/sync/stored-signature';
import { rowIcp } from '../../../lib/sync/versions';
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
    const { active } = chooseActiveIcps({
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
    expect(
      chooseActiveIcps(input).active.map((entry) => [entry.icp.version, entry.rolledBack]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(
      chooseActiveIcps({ ...input, locked: true }).active.map((entry) => entry.icp.version),
    ).toEqual([3]);
  });

  it('under a public key, only verified rows score; the others are withheld with the reason', () => {
    const signedOlder: StoredSignature = { state: 'verified', icp: rowIcp(older)! };
    const input = {
      synced: [
        { source: team.source, row: team },
        { source: mirror.source, row: mirror },
      ],
      local: [mine],
      rollbacks: new Map([[team.id, older]]),
      locked: false,
    };
    // The team's latest row is unsigned: the mirror's verified copy of the same id scores.
    const mirrorFirst = chooseActiveIcps({
      ...input,
      rollbacks: new Map(),
      signatures: new Map([
        [team.key!, { state: 'unsigned' as const }],
        [mirror.key!, { state: 'verified' as const, icp: rowIcp(mirror)! }],
      ]),
    });
    expect(mirrorFirst.active.map((entry) => [entry.source, entry.icp.version])).toEqual([
      [mirror.source, 9],
    ]);
    expect(mirrorFirst.withheld.map((entry) => [entry.source, entry.reason])).toEqual([
      [team.source, 'unsigned'],
      ['editor', 'unsigned'],
    ]);
    // A rollback to a version the key does not verify is ignored; a foreign signature is named.
    const noRollback = chooseActiveIcps({
      ...input,
      signatures: new Map([
        [team.key!, { state: 'verified' as const, icp: rowIcp(team)! }],
        [mirror.key!, { state: 'not-verified' as const }],
        [older.key!, { state: 'unsigned' as const }],
      ]),
    });
    expect(noRollback.active.map((entry) => [entry.icp.version, entry.rolledBack])).toEqual([
      [3, false],
    ]);
    // A rollback to a verified version holds even when the latest one is unsigned.
    const heldBack = chooseActiveIcps({
      ...input,
      synced: [{ source: team.source, row: team }],
      signatures: new Map<number, StoredSignature>([
        [team.key!, { state: 'unsigned' }],
        [older.key!, signedOlder],
      ]),
    });
    expect(heldBack.active.map((entry) => [entry.icp.version, entry.rolledBack])).toEqual([
      [2, true],
    ]);
    // The mirror's id already scores from the team: only the local ICP is withheld.
    expect(noRollback.withheld.map((entry) => entry.source)).toEqual(['editor']);
  });
});
