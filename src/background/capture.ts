import { scrubUrl } from '../shared/scrub.ts';
import { putEvidence } from '../storage/evidence-db.ts';
import { t } from '../shared/i18n.ts';

/**
 * Screenshot of a provider tab as evidence. captureVisibleTab works on the visible tab of a window and needs the
 * activeTab grant from the person's click on the AVA icon; without it Chrome refuses and AVA says why.
 */
export async function captureTab(tabId: number, generationKey: string): Promise<string> {
  const tab = await chrome.tabs.get(tabId);
  if (!tab.active) throw new Error(t('err_capture_not_visible'));
  let dataUrl: string;
  try {
    dataUrl = await chrome.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 80 });
  } catch (err) {
    throw new Error(t('err_capture_refused', err instanceof Error ? err.message : String(err)));
  }
  const id = `shot-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return putEvidence({
    id,
    generationKey,
    kind: 'screenshot',
    mime: 'image/jpeg',
    dataUrl,
    pageUrl: scrubUrl(tab.url),
    capturedAt: Date.now(),
  });
}
