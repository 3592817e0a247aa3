// @vitest-environment happy-dom
/**
 * The support-form filler against the demo's Zendesk- and Freshdesk-style pages (the same HTML the e2e test and
 * `npm start` serve at the providers' help-center hosts): right fields, plain text, events the page sees, no submit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fillForm, findForm } from '../../src/content/form-fill.ts';

// Vitest runs from the repository root (happy-dom replaces the URL global, so no import.meta.url here).
// The page's stylesheet and demo script are left out: happy-dom loads neither, and the test records events itself.
const page = (rel: string) => readFileSync(path.resolve('demo/sites', rel), 'utf8').replace(/<link[^>]*>|<script[^>]*><\/script>/g, '');
const ZENDESK = page('help.runwayml.com/hc/en-us/requests/new.html');
const FRESHDESK = page('lumaai-help.freshdesk.com/support/tickets/new.html');

const text = {
  subject: 'Credit refund request — failed generation',
  body: 'Hello Runway Support,\n\nGeneration ID:\n- 6f1c2d3e: <img src=x onerror=alert(1)> & “quotes”\n\nThank you,\nAna',
  email: 'ana@example.com',
};

function load(html: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  const events: string[] = [];
  let submits = 0;
  for (const type of ['input', 'change'])
    document.addEventListener(
      type,
      (e) => events.push(`${type}:${(e.target as HTMLElement).id || (e.target as HTMLElement).className}`),
      true,
    );
  document.addEventListener(
    'submit',
    (e) => {
      e.preventDefault();
      submits++;
    },
    true,
  );
  return { events, submits: () => submits };
}

const val = (sel: string) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!.value;

describe('Zendesk new-request form', () => {
  let probe: ReturnType<typeof load>;
  beforeEach(() => {
    probe = load(ZENDESK);
  });

  it('is recognised by its field names', () => {
    expect(findForm(document)?.kind).toBe('zendesk');
  });

  it('fills subject, description and the anonymous requester email as plain text, with input and change events', () => {
    const r = fillForm(document, text)!;
    expect(r.kind).toBe('zendesk');
    expect(val('[name="request[subject]"]')).toBe(text.subject);
    expect(val('[name="request[description]"]')).toBe(text.body);
    expect(val('[name="request[anonymous_requester_email]"]')).toBe(text.email);
    expect(r.filled.map((e) => e.id)).toEqual(['request_anonymous_requester_email', 'request_subject', 'request_description']);
    for (const id of ['request_anonymous_requester_email', 'request_subject', 'request_description']) {
      expect(probe.events).toContain(`input:${id}`);
      expect(probe.events).toContain(`change:${id}`);
    }
    // Plain text: the markup in the draft is a value, not elements.
    expect(document.querySelector('img')).toBeNull();
    expect(probe.submits()).toBe(0);
  });

  it('never overwrites what the person already typed, and says which fields it kept', () => {
    document.querySelector<HTMLInputElement>('#request_subject')!.value = 'My own subject';
    const r = fillForm(document, text)!;
    expect(val('#request_subject')).toBe('My own subject');
    expect(r.kept).toEqual(['subject']);
    expect(val('#request_description')).toBe(text.body);
  });

  it('leaves the email empty when the profile has none', () => {
    const r = fillForm(document, { subject: 's', body: 'b' })!;
    expect(val('#request_anonymous_requester_email')).toBe('');
    expect(r.filled).toHaveLength(2);
  });

  it('signed-in Zendesk forms (no anonymous email field) still fill subject and description', () => {
    document.querySelector('.request_anonymous_requester_email')!.remove();
    const r = fillForm(document, text)!;
    expect(r.filled.map((e) => e.id)).toEqual(['request_subject', 'request_description']);
  });
});

describe('Freshdesk portal form', () => {
  let probe: ReturnType<typeof load>;
  beforeEach(() => {
    probe = load(FRESHDESK);
  });

  it('fills requester, subject, the description_html textarea and the visible rich editor (one paragraph per line, text nodes only)', () => {
    const r = fillForm(document, text)!;
    expect(r.kind).toBe('freshdesk');
    expect(val('#helpdesk_ticket_email')).toBe(text.email);
    expect(val('#helpdesk_ticket_subject')).toBe(text.subject);
    expect(val('[name="helpdesk_ticket[ticket_body_attributes][description_html]"]')).toBe(text.body);
    const editor = document.querySelector<HTMLElement>('.redactor_editor')!;
    expect([...editor.children].map((p) => p.textContent)).toEqual(text.body.split('\n'));
    expect(editor.querySelector('img')).toBeNull();
    expect(probe.events).toContain('input:redactor_editor');
    expect(probe.submits()).toBe(0);
  });
});

describe('pages that are not a known form', () => {
  it('finds nothing and fills nothing', () => {
    load('<html><body><form><input id="q" name="q"><textarea name="message"></textarea></form></body></html>');
    expect(findForm(document)).toBeUndefined();
    expect(fillForm(document, text)).toBeUndefined();
    expect(val('#q')).toBe('');
  });

  it('a disabled or read-only field is not a fillable form', () => {
    load(ZENDESK);
    document.querySelector<HTMLInputElement>('#request_subject')!.disabled = true;
    expect(findForm(document)).toBeUndefined();
  });
});
