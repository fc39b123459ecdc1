import { useState } from 'react';
import { AddressContent, RunChoices, type RunSourceInput } from '../../../../shared/contract/mailings.contract';
import type { ContentInput } from './ContentOptions';
import { rememberedMeta, type ChoicesInput, type RunMeta } from './RunOptions';

/** The parts every run screen shares: recipients, address content, choices, sender and printer. */
export function useRunState(initialSource: RunSourceInput | undefined) {
  const [source, setSource] = useState<RunSourceInput | undefined>(initialSource);
  const [content, setContent] = useState<ContentInput>(() => AddressContent.parse({}));
  const [choices, setChoices] = useState<ChoicesInput>(() => RunChoices.parse({}));
  const [meta, setMeta] = useState<RunMeta>(rememberedMeta);
  return { source, setSource, content, setContent, choices, setChoices, meta, setMeta };
}
