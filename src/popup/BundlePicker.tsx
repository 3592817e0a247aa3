import type { Row } from './GenerationList.tsx';
import { t as tr } from '../shared/i18n.ts';

/**
 * Other failed or blocked generations on this page that can go into the same ticket: one list of Generation IDs,
 * one message, the way support prefers several failures from one account.
 */
export function BundlePicker(props: { others: Row[]; chosen: ReadonlySet<string>; onToggle: (key: string, on: boolean) => void }) {
  if (!props.others.length) return null;
  return (
    <fieldset class="panel" data-testid="bundle">
      <legend class="line-repeat">{tr('bundle_legend')}</legend>
      {props.others.map(({ key, g, t }) => (
        <label class="mode" key={key}>
          <input
            type="checkbox"
            data-testid="bundle-item"
            data-bundle-id={g.id}
            checked={props.chosen.has(key)}
            onChange={(e) => props.onToggle(key, e.currentTarget.checked)}
          />
          <span class="mono">{g.id}</span>
          <small>
            {t.term ?? t.lane}
            {g.providerCode ? ` · ${g.providerCode}` : ''}
          </small>
        </label>
      ))}
    </fieldset>
  );
}
