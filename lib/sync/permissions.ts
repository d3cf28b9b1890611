import { browser } from 'wxt/browser';
import { checkSourceUrl, originPattern } from './source-url';

/**
 * Browser adapter: the optional host permission an ICP source needs (so the background can
 * fetch it whatever its CORS headers). Requested from the ICP tab, in the click that adds it.
 */

function originsOf(url: string): string[] | undefined {
  const checked = checkSourceUrl(url);
  return checked.ok ? [originPattern(checked.url)] : undefined;
}

/** True when the extension may already fetch from this URL's host. */
export async function hasSourcePermission(url: string): Promise<boolean> {
  const origins = originsOf(url);
  if (!origins) return false;
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return false;
  }
}

/** Asks the user for this URL's host; must run inside a click handler. */
export async function requestSourcePermission(url: string): Promise<boolean> {
  const origins = originsOf(url);
  if (!origins) return false;
  try {
    return await browser.permissions.request({ origins });
  } catch (error) {
    console.info('[icp-lens] host permission not granted:', error);
    return false;
  }
}
