import { Checkbox, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import type { RunChoices } from '../../../../shared/contract/mailings.contract';
import { useCall } from '../../api/use-call';
import { useMailingsTranslation } from './mailings-i18n';

export type ChoicesInput = RunChoices;

/** Who sends it and under what name, which printer, and how pieces are chosen and repeated. */
export interface RunMeta {
  name: string;
  staffId: number | null;
  printer: string;
}

const STAFF_KEY = 'crm.mailings.staffId';
const PRINTER_KEY = 'crm.mailings.printer';

/** The sender and printer chosen last time on this machine. */
export function rememberedMeta(): RunMeta {
  const staff = Number(localStorage.getItem(STAFF_KEY));
  return { name: '', staffId: Number.isInteger(staff) && staff > 0 ? staff : null, printer: localStorage.getItem(PRINTER_KEY) ?? '' };
}

export function RunOptions(props: {
  meta: RunMeta;
  onMeta: (m: RunMeta) => void;
  choices: ChoicesInput;
  onChoices: (c: ChoicesInput) => void;
  /** Label runs: the copy count lives here too; letters show fewer options. */
  households?: boolean;
}) {
  const { t } = useMailingsTranslation();
  const staff = useCall('staff.list', {}, 'staff');
  const settings = useCall('mailings.settings.get', {}, 'mailing-settings');
  const { meta, choices } = props;
  const setMeta = (patch: Partial<RunMeta>) => {
    const next = { ...meta, ...patch };
    if (patch.staffId !== undefined) localStorage.setItem(STAFF_KEY, String(next.staffId ?? ''));
    if (patch.printer !== undefined) localStorage.setItem(PRINTER_KEY, next.printer);
    props.onMeta(next);
  };
  const setChoices = (patch: Partial<ChoicesInput>) => props.onChoices({ ...choices, ...patch });
  return (
    <Stack gap="xs">
      <TextInput label={t('mailings.run.name')} placeholder={t('mailings.run.namePlaceholder')} value={meta.name} onChange={(e) => setMeta({ name: e.currentTarget.value })} />
      <Select
        label={t('mailings.run.sentBy')}
        placeholder={t('mailings.run.sentByPlaceholder')}
        clearable
        data={(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
        value={meta.staffId ? String(meta.staffId) : null}
        onChange={(v) => setMeta({ staffId: v ? Number(v) : null })}
      />
      <Select
        label={t('mailings.run.printer')}
        placeholder={t('mailings.run.printerPlaceholder')}
        clearable
        data={(settings.data?.calibrations ?? []).map((c) => c.printer)}
        value={meta.printer || null}
        onChange={(v) => setMeta({ printer: v ?? '' })}
      />
      <Checkbox label={t('mailings.run.override')} checked={choices.overrideNoLetters} onChange={(e) => setChoices({ overrideNoLetters: e.currentTarget.checked })} />
      {props.households !== false && (
        <Checkbox
          label={t('mailings.run.households')}
          description={t('mailings.run.householdsHint')}
          checked={choices.households}
          onChange={(e) => setChoices({ households: e.currentTarget.checked })}
        />
      )}
      <Checkbox label={t('mailings.run.sortByPostcode')} checked={choices.sortByPostcode} onChange={(e) => setChoices({ sortByPostcode: e.currentTarget.checked })} />
      <NumberInput label={t('mailings.run.copies')} min={1} max={100} value={choices.copies} onChange={(v) => setChoices({ copies: Math.max(1, Number(v) || 1) })} />
    </Stack>
  );
}
