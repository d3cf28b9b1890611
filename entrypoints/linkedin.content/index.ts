import { LINKEDIN_COLLECTORS } from '@/lib/extract/collectors-linkedin';
import { startPageSession } from '@/lib/session/page-session';

export default defineContentScript({
  // LinkedIn is a single-page app: a visit can start on /feed and move to /company/x in the app,
  // so the script runs on all of linkedin.com and acts on company pages only (lib/pages).
  matches: ['*://*.linkedin.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startPageSession(ctx, LINKEDIN_COLLECTORS);
  },
});
