/** The one place an Office.js or picked address loses its sheet name (the reader and the task pane use it). */
import { localAddress } from "../../src/excel/address";

describe("localAddress", () => {
  test.each([
    ["Ark1!$A$1:$F$12", "$A$1:$F$12"],
    ["'Min ark'!A1:F12", "A1:F12"],
    ["'Ark!1'!B2", "B2"],
    ["'It''s'!C:D", "C:D"],
    ["A1:F12", "A1:F12"],
    [" A1:B3 ", "A1:B3"],
  ])("%s → %s", (address, local) => {
    expect(localAddress(address)).toBe(local);
  });
});
