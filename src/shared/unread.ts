import { z } from 'zod';
import { MAX_SHAPE } from './shape.ts';

/**
 * A watched response AVA could not read, as the content script reports it and the worker stores it: the URL's path
 * (IDs masked, see shape.ts) and the body's shape. Values are left out where the shape is made (shape.ts); the
 * character sets here are a second lock that admits field names, types and the shape's punctuation only (no quotes,
 * no `@ = ? & %`), so a JSON string, URL, query or email cannot pass whole.
 */
export const UNREAD_KINDS = ['unreadable', 'rejected', 'empty'] as const;
export type UnreadKind = (typeof UNREAD_KINDS)[number];

export const reportPathSchema = z
  .string()
  .max(200)
  .regex(/^\/[A-Za-z0-9_.:~/-]*$/);
export const shapeSchema = z
  .string()
  .max(MAX_SHAPE)
  .regex(/^[A-Za-z0-9_$\-*{}[\]:,|.…() /+]*$/);

export const UnreadResponseSchema = z.object({
  path: reportPathSchema,
  kind: z.enum(UNREAD_KINDS),
  shape: shapeSchema,
  count: z.number().int().min(1).max(100_000),
});
export type UnreadResponse = z.infer<typeof UnreadResponseSchema>;
