import { useId, useMemo, useState } from 'react';
import { bundledIcps } from '../../lib/icp/bundled';
import { blankDraft, draftFromIcp, localCopyOf, type Draft } from '../../lib/icp/draft';
import type { Icp } from '../../lib/icp/schema';
import { isManaged } from '../../lib/policy/policy';
import type { ActiveIcp } from '../../lib/sync/active-set';
import { removeLocalIcp } from '../../lib/sync/local';
import { IcpEditor } from '../icp/IcpEditor';
import { useActiveIcps, usePolicy } from '../icp/hooks';
import { SourcesPanel } from '../icp/SourcesPanel';
import { VersionsPanel } from '../icp/VersionsPanel';
import { WithheldNotice } from '../icp/WithheldNotice';
import '../result/base.css';
import '../icp/icp.css';

interface Editing {
  draft: Draft;
  readOnly: boolean;
  reason?: string;
  /** The ICP a local copy would be made of. */
  copyOf?: Icp;
}

function origin(entry: ActiveIcp): string {
  if (entry.source === 'editor') return 'made here';
  if (entry.source.startsWith('file:')) return `imported from ${entry.source.slice(5)}`;
  return `synced from ${entry.source}`;
}

/**
 * The ICP tab: the ICPs in use and where they come from, their sources (sync status, tokens),
 * versions with diff and local rollback, and the form-based editor with a live preview.
 */
export function IcpTab() {
  const id = useId();
  const policy = usePolicy();
  const locked = policy.lockIcp;
  const { active, withheld, signed, revision } = useActiveIcps();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [versionsId, setVersionsId] = useState<string | null>(null);
  const examples = useMemo(() => bundledIcps(), []);
  const takenIds = (active ?? []).map((entry) => entry.icp.id);

  const open = (next: Editing) => {
    setEditing(next);
    setEditorKey((key) => key + 1);
  };
  const openIcp = (icp: Icp, synced: boolean, source?: string) => {
    if (locked)
      open({
        draft: draftFromIcp(icp),
        readOnly: true,
        reason: 'Your administrator locked the ICP: it can be viewed and exported, not edited.',
      });
    else if (synced)
      open({
        draft: draftFromIcp(icp),
        readOnly: true,
        reason: source
          ? `Synced from ${source}: edits here would be replaced at the next sync.`
          : 'A bundled example.',
        copyOf: icp,
      });
    else open({ draft: draftFromIcp(icp), readOnly: false });
  };
  const versionsEntry =
    active?.find((entry) => entry.icp.id === versionsId) ??
    withheld
      .map((entry) => ({ ...entry, rolledBack: false }))
      .find((entry) => entry.icp.id === versionsId);

  return (
    <section className="icp-tab" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Ideal Customer Profile</h2>
      <p className="icp-privacy">
        Scoring happens in your browser. Nothing about the pages you visit leaves it: the only
        requests ICP Lens makes are to the ICP sources listed below.
      </p>
      {isManaged(policy) ? (
        <p className="icp-notice">
          Managed by your organisation
          {locked ? ': the ICP is locked (no editing, no new sources, no rollback).' : '.'}
          {policy.problems.length ? ` Ignored policy settings: ${policy.problems.join('; ')}.` : ''}
        </p>
      ) : null}

      <section className="icp-card" aria-labelledby={`${id}-active`}>
        <h3 id={`${id}-active`}>ICPs in use</h3>
        {signed && active ? (
          <WithheldNotice
            withheld={withheld}
            nothingScores={active.length === 0}
            byPolicy={policy.publicKey !== undefined}
            onVersions={setVersionsId}
          />
        ) : null}
        {active === undefined ? (
          <p>Loading…</p>
        ) : active.length === 0 && !signed ? (
          <>
            <p>
              No team ICP yet: pages are scored against the bundled examples. Add a source, import a
              file or create an ICP.
            </p>
            <ul className="icp-list">
              {examples.map((icp) => (
                <li key={icp.id}>
                  <strong>{icp.name}</strong>{' '}
                  <span className="icp-muted">example, v{icp.version}</span>{' '}
                  <button type="button" onClick={() => openIcp(icp, true)}>
                    View
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <ul className="icp-list">
            {active.map((entry) => (
              <li key={entry.icp.id}>
                <strong>{entry.icp.name}</strong>{' '}
                <span className="icp-muted">
                  {entry.icp.id} v{entry.icp.version}, {origin(entry)}
                </span>
                {entry.rolledBack ? <span className="icp-tag">rolled back locally</span> : null}{' '}
                <button type="button" onClick={() => setVersionsId(entry.icp.id)}>
                  Versions
                </button>
                <button
                  type="button"
                  onClick={() =>
                    openIcp(entry.icp, entry.synced, entry.synced ? entry.source : undefined)
                  }
                >
                  {entry.synced || locked ? 'View' : 'Edit'}
                </button>
                {!entry.synced && !locked ? (
                  <button type="button" onClick={() => void removeLocalIcp(entry.icp.id)}>
                    Stop using
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={locked}
          onClick={() => open({ draft: blankDraft(), readOnly: false })}
        >
          New ICP
        </button>
      </section>

      <SourcesPanel policy={policy} locked={locked} />

      {versionsEntry ? (
        <VersionsPanel entry={versionsEntry} revision={revision} locked={locked} />
      ) : null}

      {editing ? (
        <IcpEditor
          key={editorKey}
          initial={editing.draft}
          readOnly={editing.readOnly}
          readOnlyReason={editing.reason}
          onMakeCopy={
            editing.copyOf
              ? () => open({ draft: localCopyOf(editing.copyOf!, takenIds), readOnly: false })
              : undefined
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
