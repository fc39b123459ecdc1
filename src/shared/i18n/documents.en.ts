/** English strings of letters, envelopes and labels; merged under `documents`. */
export const documentsEn = {
  greeting: {
    mr: 'Dear Mr {{name}},',
    ms: 'Dear Ms {{name}},',
    name: 'Dear {{name}},',
    neutral: 'Dear Sir or Madam,',
  },
  skip: {
    noAddress: 'No usable postal address',
    noLetters: 'Asked not to receive letters',
  },
  flag: {
    shrunk: 'Text made smaller to fit ({{size}} pt)',
    overflow: 'Too long for the label even at {{size}} pt: shorten “{{line}}”',
  },
  sheetIssues: {
    offPaperRight: 'The labels run {{mm}} mm past the right edge of the paper.',
    offPaperBottom: 'The labels run {{mm}} mm past the bottom of the paper.',
    offPaperLeft: 'The labels start {{mm}} mm left of the paper.',
    offPaperTop: 'The labels start {{mm}} mm above the paper.',
    overlap: 'Labels {{label}} and {{other}} overlap by {{mm}} mm.',
    empty: 'The sheet has no labels.',
  },
  postcodeLabel: 'Postcode: ',
  chinesePostcodeLabel: '邮政编码：',
  letterForms: {
    'din5008-a': 'DIN 5008 form A (A4, DL window)',
    'din5008-b': 'DIN 5008 form B (A4, DL window)',
    'us-10': 'US Letter, #10 window',
  },
  mergeFields: {
    salutation: 'Salutation',
    title: 'Title',
    givenName: 'Given name',
    familyName: 'Family name',
    fullName: 'Full name',
    company: 'Company',
    addressBlock: 'Address block',
    date: 'Today’s date',
    ownerName: 'Your name',
    signature: 'Signature',
  },
  calibration: {
    title: 'Printer calibration',
    instructions: [
      'Print this page on plain paper at 100 % (no “fit to page”).',
      'The crosses should sit 30 mm from the top and left edges (and from the bottom and right).',
      'Read on the rulers how far they moved, and enter that shift: right and down are positive.',
    ],
    shiftX: 'Shift right (mm)',
    shiftY: 'Shift down (mm)',
  },
  regions: { ISO: 'International (ISO)', US: 'North America', CN: 'China' },
};
