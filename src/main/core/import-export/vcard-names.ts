/**
 * The names the vCard reader gives the columns of what has no field of its own (a messenger
 * handle, a related person), which the import keeps in custom fields of those names, and the
 * vCard writer turns back into properties.
 */

/** Messenger handles as phones write them (Android's X-QQ, X-SKYPE-USERNAME…), by service. */
export const MESSENGER_PROPS: Record<string, string> = {
  'X-QQ': 'QQ', 'X-WECHAT': 'WeChat', 'X-SKYPE': 'Skype', 'X-SKYPE-USERNAME': 'Skype', 'X-AIM': 'AIM', 'X-ICQ': 'ICQ', 'X-JABBER': 'Jabber',
  'X-MSN': 'MSN', 'X-YAHOO': 'Yahoo', 'X-GOOGLE-TALK': 'Google Talk', 'X-GTALK': 'Google Talk', 'X-TWITTER': 'Twitter', 'X-LINE': 'LINE', 'X-WHATSAPP': 'WhatsApp',
  // Outlook's IM address; a SIP address as Android writes it.
  'X-MS-IMADDRESS': 'IM', 'X-SIP': 'SIP',
};

/** IMPP services (Apple's X-SERVICE-TYPE, or the address's scheme) by their usual name. */
export const SERVICES: Record<string, string> = {
  qq: 'QQ', wechat: 'WeChat', weixin: 'WeChat', skype: 'Skype', xmpp: 'Jabber', jabber: 'Jabber', aim: 'AIM', icq: 'ICQ', msn: 'MSN', msnim: 'MSN',
  yahoo: 'Yahoo', ymsgr: 'Yahoo', gtalk: 'Google Talk', googletalk: 'Google Talk', facebook: 'Facebook', line: 'LINE', whatsapp: 'WhatsApp', telegram: 'Telegram',
  twitter: 'Twitter', sip: 'SIP',
};

/** The URI scheme of each service's handle in an IMPP property; Apple writes x-apple for those without one. */
export const SERVICE_SCHEMES: Record<string, string> = { Skype: 'skype', Jabber: 'xmpp', 'Google Talk': 'xmpp', AIM: 'aim', MSN: 'msnim', Yahoo: 'ymsgr', SIP: 'sip' };

/** Android's relation types (ContactsContract.CommonDataKinds.Relation), by number. */
export const ANDROID_RELATIONS: Record<string, string> = {
  '1': 'Assistant', '2': 'Brother', '3': 'Child', '4': 'Domestic Partner', '5': 'Father', '6': 'Friend', '7': 'Manager',
  '8': 'Mother', '9': 'Parent', '10': 'Partner', '11': 'Referred By', '12': 'Relative', '13': 'Sister', '14': 'Spouse',
};

/** Relations a phone knows by name (Apple's labels, Android's types), as the reader names their columns. */
export const RELATIONS: readonly string[] = [...new Set([...Object.values(ANDROID_RELATIONS), 'Colleague', 'Sibling', 'Kin'])];
