import { SITE_COLLECTORS } from '@/lib/extract/collectors';
import { startPageSession } from '@/lib/session/page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // LinkedIn has its own content script (entrypoints/linkedin.content), with only its collector.
  excludeMatches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Which pages get a score is decided in lib/pages from the URL and the user's settings.
    void startPageSession(ctx, SITE_COLLECTORS);
  },
});
