import labelsJson from '../../../../resources/catalogue/labels.json';
import envelopesJson from '../../../../resources/catalogue/envelopes.json';
import {
  EnvelopeCatalogue,
  LabelCatalogue,
  type EnvelopeSize,
  type EnvelopeWindow,
  type LabelSheet,
} from '../../../shared/documents/catalogue.types';

let labels: LabelCatalogue | undefined;
let envelopes: EnvelopeCatalogue | undefined;

/** The shipped label sheets (194 products, mm), checked once against the schema. */
export function labelCatalogue(): LabelCatalogue {
  labels ??= LabelCatalogue.parse(labelsJson);
  return labels;
}

/** The shipped envelope sizes and windows, checked once against the schema. */
export function envelopeCatalogue(): EnvelopeCatalogue {
  envelopes ??= EnvelopeCatalogue.parse(envelopesJson);
  return envelopes;
}

/** A catalogue sheet by id or by any product number it is sold as ("Avery L7160"), or undefined. */
export function findSheet(idOrProduct: string): LabelSheet | undefined {
  const want = idOrProduct.trim().toLowerCase();
  return labelCatalogue().labels.find(
    (s) =>
      s.id === want ||
      `${s.brand} ${s.part}`.toLowerCase() === want ||
      (s.sameAs ?? []).some((n) => n.toLowerCase() === want),
  );
}

/** An envelope size by id ("iso-dl", "us-10", "cn-dl"), or undefined. */
export const findEnvelope = (id: string): EnvelopeSize | undefined => envelopeCatalogue().envelopes.find((e) => e.id === id);

/** The standard window of an envelope size, if it has one. */
export const windowFor = (envelopeId: string): EnvelopeWindow | undefined =>
  envelopeCatalogue().windows.find((w) => w.envelope === envelopeId);
