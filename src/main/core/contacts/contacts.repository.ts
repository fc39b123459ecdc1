import type { ContactDraft } from '../../../shared/contacts/contact.schema';
import { displayName, sortName } from './display-name';

export function nameColumns(draft: ContactDraft) {
  return {
    kind: draft.kind,
    given_name: draft.givenName,
    family_name: draft.familyName,
    company_name: draft.companyName,
    display_name: displayName(draft.kind, draft.givenName, draft.familyName, draft.companyName),
    sort_name: sortName(draft.kind, draft.givenName, draft.familyName, draft.companyName),
  };
}
