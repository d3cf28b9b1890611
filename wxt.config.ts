import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html

/** Hosts an ICP source may live on (lib/sync/source-url.ts refuses plain http elsewhere). */
const ICP_SOURCE_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
/**
 * The oldest Firefox the build is for: the current ESR, the version the Firefox e2e runs on.
 * Firefox honours data_collection_permissions from 140; MV3 optional host permissions need 128.
 */
const FIREFOX_MIN_VERSION = '140.0';
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // MV3 in every browser (WXT defaults Firefox to MV2): one manifest format, one background
  // lifecycle (a background that can stop between events) and one permission model to test.
  manifestVersion: 3,
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
        gecko: {
          id: 'icp-lens@icp-lens.dev',
          strict_min_version: FIREFOX_MIN_VERSION,
          // Nothing about the pages visited leaves the browser.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android honours data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
    // ICP sources: asked for one origin at a time when the user adds a URL (lib/sync). An MV2
    // build (`--mv2`) lists origins among optional_permissions; WXT drops optional_host_permissions there.
    ...(manifestVersion === 2
      ? { optional_permissions: ICP_SOURCE_ORIGINS }
      : { optional_host_permissions: ICP_SOURCE_ORIGINS }),
    // Admin policy (lib/policy): icpSources, refreshMinutes, lockIcp, publicKey. The schema is
    // Chrome's key; Firefox reads the policy from policies.json and warns about the unknown key.
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
