import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html

/** Hosts an ICP source may live on (lib/sync/source-url.ts refuses plain http elsewhere). */
const ICP_SOURCE_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // tabs: the background sees a tab's address change (in-app navigation) to drop a stale score.
    // Firefox has a sidebar instead of the side panel API (WXT maps the entrypoint to it).
    permissions: ['storage', 'tabs', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: {},
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing about the pages visited leaves the browser.
        gecko: { id: 'icp-lens@icp-lens.dev', data_collection_permissions: { required: ['none'] } },
      },
    }),
    // ICP sources: asked for one origin at a time when the user adds a URL (lib/sync). MV2
    // (Firefox) lists origins among optional_permissions; WXT drops optional_host_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: ICP_SOURCE_ORIGINS }
      : { optional_host_permissions: ICP_SOURCE_ORIGINS }),
    // Admin policy (lib/policy): icpSources, refreshMinutes, lockIcp, publicKey.
    storage: { managed_schema: 'managed-schema.json' },
  }),
});
