/** Adding a site for a provider, shared by the dashboard and the popup. */
import { originPattern } from '../storage/added-sites.ts';
import { ask } from './messaging.ts';

/**
 * Keep the site, then ask Chrome for that one origin. Both start in the click's own task: permissions.request needs
 * the person's gesture, and the popup may close while Chrome asks, so the worker registers the scripts when the grant
 * arrives (permissions.onAdded), not when this promise settles.
 */
export function requestSite(origin: string, provider: string): Promise<boolean> {
  const stored = ask({ type: 'ui/site-add', origin, provider });
  const granted = chrome.permissions.request({ origins: [originPattern(origin)] });
  return stored.then(() => granted);
}
