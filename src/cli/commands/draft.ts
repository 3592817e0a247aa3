import { draftFromCaseFile } from '../../claims/case-file.ts';
import { parse, readJson } from '../args.ts';
import { UsageError, type Command } from '../types.ts';

export const draftCommand: Command = {
  name: 'draft',
  summary: 'Draft the refund request for a case file (provider, generations, modes, your words, profile)',
  usage: `ava draft --case <case.json>

Prints one JSON object {channel, to, url, subject, body, warnings}: channel is "email" when the provider documents
an address (then "to" is it), "help-center" when it documents a page (then "url" is where to paste the body), and
"none" when it documents neither (a warning says so). warnings[] name a closed provider, no documented channel, or a
refund deadline passed as of "now", each with its source and confidence. The case format is in the README ("Case
files"); fields: provider, generations[{id, status, failureKind, providerStatus, providerCode, message, prompt,
createdAt, credits, durationS, model}], modes[], description, profile{email, last4, name}, attachments[], now.

Exit codes: 0 ok; 2 bad usage, unreadable file, malformed JSON or an invalid case (the message names the field).`,
  async run(args, io) {
    const { values, positionals } = parse(args, { case: { type: 'string' } });
    const file = values.case ?? positionals[0];
    if (!file) throw new UsageError('a case file is required: ava draft --case <case.json>');
    const json = await readJson(io, file);
    try {
      io.out(JSON.stringify(draftFromCaseFile(json), null, 2));
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    return 0;
  },
};
