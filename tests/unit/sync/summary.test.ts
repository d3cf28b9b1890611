import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/translate';
import type { SourceStatus } from '../../../lib/sync/status';
import { syncAlert } from '../../../lib/sync/summary';

const en = createI18n('en');

describe('syncAlert', () => {
  it('is silent when every source is fine and names the latest failure otherwise', () => {
    const ok = {
      url: 'https://a.example/icp.json',
      state: 'unchanged',
      checkedAt: 5,
      message: 'Up to date.',
    } as const;
    expect(syncAlert({ [ok.url]: ok }, en)).toBeUndefined();
    const failures = {
      old: { url: 'https://b.example/icp.json', state: 'error', checkedAt: 1, message: 'Old.' },
      new: {
        url: 'https://c.example/icp.json',
        state: 'error',
        checkedAt: 9,
        message: 'The server answered 500.',
      },
    } as const;
    expect(syncAlert({ ...failures, [ok.url]: ok }, en)).toEqual({
      url: 'https://c.example/icp.json',
      message: 'ICP sync (c.example): The server answered 500.',
      failed: 2,
    });
  });

  it('words the status in the reader’s language when it carries phrases', () => {
    const status: SourceStatus = {
      url: 'https://c.example/icp.json',
      state: 'error',
      checkedAt: 9,
      message: 'The server answered 500. Nothing was ever synced from this source.',
      phrases: [{ key: 'syncHttp', params: ['500'] }, { key: 'syncNeverSynced' }],
    };
    expect(syncAlert({ [status.url]: status }, createI18n('fr'))?.message).toBe(
      'Synchronisation de l’ICP (c.example)\u202f: Le serveur a répondu 500. Rien n’a encore été synchronisé depuis cette source\u202f: elle n’ajoute aucun ICP pour l’instant.',
    );
  });
});
