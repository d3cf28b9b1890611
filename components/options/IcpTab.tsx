import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../lib/i18n/react';
import type { Translate } from '../../lib/i18n/translate';
import { bundledIcps } from '../../lib/icp/bundled';
import { blankDraft, draftFromIcp, localCopyOf, type Draft } from '../../lib/icp/draft';
import type { Icp } from '../../lib/icp/schema';
import { criterionFieldName } from '../../lib/icp/words';
import { isManaged } from '../../lib/policy/policy';
import type { ActiveIcp } from '../../lib/sync/active-set';
import { removeLocalIcp } from '../../lib/sync/local';
import { IcpEditor } from '../icp/IcpEditor';
import { useActiveIcps, usePolicy } from '../common/icp-hooks';
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

function origin(t: Translate, entry: ActiveIcp): string {
  if (entry.source === 'editor') return t('icpOriginEditor');
  if (entry.source.startsWith('file:')) return t('icpOriginFile', entry.source.slice(5));
  return t('icpOriginSynced', entry.source);
}

/** "New ICP": the blank draft with its name and first criterion in the user's language. */
function translatedBlankDraft(t: Translate): Draft {
  const draft = blankDraft();
  return {
    ...draft,
    name: t('icpNewName'),
    criteria: draft.criteria.map((criterion) => ({
      ...criterion,
      label: criterionFieldName(t, criterion.field),
    })),
  };
}

/**
 * The ICP tab: the ICPs in use and where they come from, their sources (sync status, tokens),
 * versions with diff and local rollback, and the form-based editor with a live preview.
 */
export function IcpTab() {
  const { t, number } = useI18n();
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
        reason: t('icpLockedReason'),
      });
    else if (synced)
      open({
        draft: draftFromIcp(icp),
        readOnly: true,
        reason: source ? t('icpSyncedReason', source) : t('icpExampleReason'),
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
      <h2 id={`${id}-heading`}>{t('icpHeading')}</h2>
      <p className="icp-privacy">{t('icpPrivacy')}</p>
      {isManaged(policy) ? (
        <p className="icp-notice">
          {t(locked ? 'icpManagedLocked' : 'icpManaged')}
          {policy.problems.length
            ? ` ${t('icpPolicyIgnored', policy.problems.join(t('listSeparator')))}`
            : ''}
        </p>
      ) : null}

      <section className="icp-card" aria-labelledby={`${id}-active`}>
        <h3 id={`${id}-active`}>{t('icpInUse')}</h3>
        {signed && active ? (
          <WithheldNotice
            withheld={withheld}
            nothingScores={active.length === 0}
            byPolicy={policy.publicKey !== undefined}
            onVersions={setVersionsId}
          />
        ) : null}
        {active === undefined ? (
          <p>{t('statusLoading')}</p>
        ) : active.length === 0 && !signed ? (
          <>
            <p>{t('icpNoTeamIcp')}</p>
            <ul className="icp-list">
              {examples.map((icp) => (
                <li key={icp.id}>
                  <strong>{icp.name}</strong>{' '}
                  <span className="icp-muted">{t('icpExampleVersion', number(icp.version))}</span>{' '}
                  <button type="button" onClick={() => openIcp(icp, true)}>
                    {t('icpView')}
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
                  {t('icpIdVersionOrigin', [
                    entry.icp.id,
                    number(entry.icp.version),
                    origin(t, entry),
                  ])}
                </span>
                {entry.rolledBack ? <span className="icp-tag">{t('icpRolledBackTag')}</span> : null}{' '}
                <button type="button" onClick={() => setVersionsId(entry.icp.id)}>
                  {t('icpVersions')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    openIcp(entry.icp, entry.synced, entry.synced ? entry.source : undefined)
                  }
                >
                  {entry.synced || locked ? t('icpView') : t('icpEdit')}
                </button>
                {!entry.synced && !locked ? (
                  <button type="button" onClick={() => void removeLocalIcp(entry.icp.id)}>
                    {t('icpStopUsing')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={locked}
          onClick={() => open({ draft: translatedBlankDraft(t), readOnly: false })}
        >
          {t('icpNew')}
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
              ? () =>
                  open({
                    draft: {
                      ...localCopyOf(editing.copyOf!, takenIds),
                      name: t('icpLocalCopyName', editing.copyOf!.name).slice(0, 200),
                    },
                    readOnly: false,
                  })
              : undefined
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
