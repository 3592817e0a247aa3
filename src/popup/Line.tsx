import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * One line in the popup that opens what is behind it (frame analysis, credit check, the ticket, evidence, claims).
 * Its content is rendered, and its code loaded, only once opened: the first view stays one screen and cheap.
 */
export function Line(props: { id: string; label: string; hint?: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="line"
      data-testid={`line-${props.id}`}
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        {props.label}
        {props.hint && <span class="muted"> · {props.hint}</span>}
      </summary>
      {open && <div class="line-body">{props.children()}</div>}
    </details>
  );
}
