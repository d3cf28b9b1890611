import { registerBackgroundHandlers, rescoreTab } from '@/lib/background/handlers';
import { registerSyncBackground } from '@/lib/sync/background';

export default defineBackground(() => {
  registerBackgroundHandlers();
  registerSyncBackground({ rescore: rescoreTab });
});
