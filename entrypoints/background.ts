import { onTabScored, registerBackgroundHandlers, rescoreTab } from '@/lib/background/handlers';
import { registerSyncBackground } from '@/lib/background/sync';
import { registerAccountsBackground } from '@/lib/background/accounts';
import { normalizeForScoring } from '@/lib/background/normalize';
import { registerPageSettings } from '@/lib/background/page-settings';
import { getActiveIcps } from '@/lib/sync/active';
import { icpRevisionItem } from '@/lib/storage/items';

export default defineBackground(() => {
  registerBackgroundHandlers();
  registerPageSettings();
  registerSyncBackground({ rescore: rescoreTab });
  // Accounts list: each published tab result is saved as an account; an ICP change rescores
  // every account.
  registerAccountsBackground({
    activeIcps: getActiveIcps,
    normalize: normalizeForScoring,
    onIcpsChanged: (callback) => void icpRevisionItem.watch(callback),
    onScored: (callback) => void onTabScored(callback),
  });
});
