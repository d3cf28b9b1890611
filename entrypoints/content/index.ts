import { startPageSession } from './page-session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Which pages get a score is decided in lib/pages from the URL and the user's settings.
    void startPageSession(ctx);
  },
});
