/**
 * Filling a help desk's new-request form with a draft, as plain text. DOM only (no chrome APIs, no zod): the
 * support-form content script stays tiny, and Vitest runs this on fixture HTML with happy-dom. It never submits,
 * never clicks, and never overwrites what the person already typed.
 */

export interface FillText {
  subject: string;
  body: string;
  email?: string;
}

type Field = 'subject' | 'body' | 'email';

/**
 * Each help desk's field selectors, ids first, then the `name`s its HTML uses. Zendesk's new-request form
 * (/hc/<locale>/requests/new): request_subject, request_description, request_anonymous_requester_email, named
 * request[subject] etc. Freshdesk's portal form (/support/tickets/new): helpdesk_ticket_subject, the description
 * (plain, or the rich editor's description_html textarea), helpdesk_ticket_email.
 */
export const FORM_FIELDS: Record<'zendesk' | 'freshdesk', Record<Field, string>> = {
  zendesk: {
    subject: '#request_subject, [name="request[subject]"]',
    body: '#request_description, [name="request[description]"]',
    email: '#request_anonymous_requester_email, [name="request[anonymous_requester_email]"]',
  },
  freshdesk: {
    subject: '#helpdesk_ticket_subject, [name="helpdesk_ticket[subject]"]',
    body: '#helpdesk_ticket_description, [name="helpdesk_ticket[description]"], #helpdesk_ticket_ticket_body_attributes_description_html, [name="helpdesk_ticket[ticket_body_attributes][description_html]"]',
    email: '#helpdesk_ticket_email, [name="helpdesk_ticket[email]"]',
  },
};

export type FormKind = keyof typeof FORM_FIELDS;

/** The help desk whose form is on this page: the one whose subject and description fields are both present. */
export function findForm(doc: ParentNode): { kind: FormKind; fields: Partial<Record<Field, HTMLElement>> } | undefined {
  for (const kind of Object.keys(FORM_FIELDS) as FormKind[]) {
    const fields: Partial<Record<Field, HTMLElement>> = {};
    for (const f of ['subject', 'body', 'email'] as const) {
      const el = doc.querySelector<HTMLElement>(FORM_FIELDS[kind][f]);
      if (el && isTextField(el)) fields[f] = el;
    }
    if (fields.subject && fields.body) return { kind, fields };
  }
  return undefined;
}

const isTextField = (el: Element) =>
  (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && /^(text|email|search|)$/i.test((el as HTMLInputElement).type))) &&
  !(el as HTMLInputElement).disabled &&
  !(el as HTMLInputElement).readOnly;

/**
 * Set a field's value the way typing would, so the page's framework notices: the native value setter (frameworks
 * that wrap `value` keep their own copy), then bubbling input and change events.
 */
function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A rich-text editor that hides the description textarea (Freshdesk's portal): the visible editable element in the
 * same field group, filled with one paragraph per line built from text nodes (never HTML).
 */
function richEditorFor(el: HTMLElement): HTMLElement | undefined {
  const group = el.closest('.form-group, .controls, .control-group, .form-field') ?? el.parentElement;
  return group?.querySelector<HTMLElement>('[contenteditable="true"]') ?? undefined;
}

function fillRich(editor: HTMLElement, text: string): void {
  const doc = editor.ownerDocument;
  editor.replaceChildren(
    ...text.split('\n').map((line) => {
      const p = doc.createElement('p');
      if (line) p.textContent = line;
      else p.appendChild(doc.createElement('br'));
      return p;
    }),
  );
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

export interface FillResult {
  kind: FormKind;
  /** The elements AVA filled (to highlight), and the fields it left alone because the person had typed there. */
  filled: HTMLElement[];
  kept: Field[];
}

export function fillForm(doc: ParentNode, text: FillText): FillResult | undefined {
  const form = findForm(doc);
  if (!form) return undefined;
  const values: Record<Field, string | undefined> = { subject: text.subject, body: text.body, email: text.email };
  const filled: HTMLElement[] = [];
  const kept: Field[] = [];
  for (const f of ['email', 'subject', 'body'] as const) {
    const el = form.fields[f] as HTMLInputElement | HTMLTextAreaElement | undefined;
    const value = values[f];
    if (!el || !value) continue;
    if (el.value.trim()) {
      kept.push(f);
      continue;
    }
    setValue(el, value);
    filled.push(el);
    const rich = f === 'body' ? richEditorFor(el) : undefined;
    if (rich && !rich.textContent?.trim()) {
      fillRich(rich, value);
      filled.push(rich);
    }
  }
  return { kind: form.kind, filled, kept };
}
