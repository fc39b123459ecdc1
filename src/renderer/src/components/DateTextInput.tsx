import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { datePattern, readDate, showDate } from '../../../shared/i18n/date-text';
import { useFormatLocale } from '../i18n/formats';

interface Props extends Omit<TextInputProps, 'value' | 'onChange' | 'placeholder'> {
  /** YYYY-MM-DD, '' for none, or text that is no date (the service then says so). */
  value: string;
  onChange: (value: string) => void;
}

/**
 * A date typed as the office writes it ("31/12/1980" in Britain, "12/31/1980" in the US,
 * "1980/12/31" in China; ISO anywhere), handed on as YYYY-MM-DD as soon as it reads as one.
 */
export function DateTextInput({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const formats = useFormatLocale();
  const [text, setText] = useState(() => showDate(value, formats));
  // A value that did not come from typing here (a reset form, another office country) is shown
  // anew: adjusted while rendering, as React advises for state that follows a prop.
  const [shown, setShown] = useState({ value, formats });
  if (shown.value !== value || shown.formats !== formats) {
    setShown({ value, formats });
    if (readDate(text, formats) !== value) setText(showDate(value, formats));
  }
  return (
    <TextInput
      {...props}
      placeholder={datePattern(formats, { day: t('contactPage.fields.dateParts.day'), month: t('contactPage.fields.dateParts.month'), year: t('contactPage.fields.dateParts.year') })}
      value={text}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        onChange(readDate(typed, formats));
      }}
    />
  );
}
