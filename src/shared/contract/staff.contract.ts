import { z } from 'zod';
import { method } from './define';
import { Staff, StaffDraft } from '../contacts/organising.schema';

export const staffContract = {
  'staff.list': method(z.object({ includeInactive: z.boolean().default(false) }), z.array(Staff)),
  'staff.create': method(StaffDraft, Staff),
  /** Staff who leave are set inactive, never deleted: their contacts and history keep the name. */
  'staff.update': method(z.object({ id: z.number().int().positive(), draft: StaffDraft }), Staff),
};
