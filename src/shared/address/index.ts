export type { PostalAddress, StoredAddress } from './postal-address';
export { isUsableAddress, toPostalAddress } from './postal-address';
export type { AddressFormatOptions } from './format-address';
export { formatAddressBlock, formatAddressLines, usesChineseOrder } from './format-address';
export { countryLine } from './country-name';
