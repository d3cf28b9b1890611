import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'tabs', 'sidePanel', 'alarms'],
    action: {},
    // ICP sources: asked for one origin at a time when the user adds a URL (lib/sync).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    // Admin policy (lib/policy): icpSources, refreshMinutes, lockIcp, publicKey.
    storage: { managed_schema: 'managed-schema.json' },
  },
});
