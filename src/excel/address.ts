/** Addresses as Office.js gives them and as the user picks them. */

/** "'Min ark'!$A$1:$F$12" or "A1:F12" → the address on its sheet ("$A$1:$F$12", "A1:F12"); the sheet is given separately. */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).trim();
}
