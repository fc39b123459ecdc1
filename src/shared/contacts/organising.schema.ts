import { z } from 'zod';

const Name = z.string().trim().min(1).max(100);
const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const TagDraft = z.object({ name: Name, color: Color.default('#868e96') });
export const Tag = z.object({ id: z.number().int(), name: z.string(), color: z.string(), count: z.number().int() });
export type Tag = z.infer<typeof Tag>;

export const GroupDraft = z.object({ name: Name, description: z.string().trim().max(1000).default('') });
export const Group = z.object({ id: z.number().int(), name: z.string(), description: z.string(), count: z.number().int() });
export type Group = z.infer<typeof Group>;

export const StaffDraft = z.object({
  name: Name,
  email: z.union([z.literal(''), z.string().trim().toLowerCase().pipe(z.email())]).default(''),
  active: z.boolean().default(true),
});
export const Staff = z.object({ id: z.number().int(), name: z.string(), email: z.string(), active: z.boolean() });
export type Staff = z.infer<typeof Staff>;

export const CustomFieldType = z.enum(['text', 'number', 'date', 'yesno', 'choice']);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

export const CustomFieldDraft = z
  .object({
    label: Name,
    type: CustomFieldType,
    /** The options of a choice field. */
    choices: z.array(z.string().trim().min(1).max(100)).max(200).default([]),
    appliesTo: z.enum(['all', 'person', 'company']).default('all'),
  })
  .superRefine((f, ctx) => {
    if (f.type === 'choice' && f.choices.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'A choice field needs options', params: { key: 'choicesRequired' } });
    }
  });
export const CustomField = z.object({
  id: z.number().int(),
  label: z.string(),
  type: CustomFieldType,
  choices: z.array(z.string()),
  appliesTo: z.enum(['all', 'person', 'company']),
  position: z.number().int(),
  archived: z.boolean(),
});
export type CustomField = z.infer<typeof CustomField>;
