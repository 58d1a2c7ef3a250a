import { describe, expect, it } from "vitest";
import { isAddressLine, isClosingThanks, paragraphRole } from "../src/import/paragraph-roles.js";

describe("paragraphRole", () => {
  it.each([
    "Mr. President,",
    "Mr President,",
    "Madam President,",
    "Madam Chair,",
    "Mr. Chair",
    "Mr. Chairman,",
    "Mr. Co-Chairs,",
    "Madam Co-Chair:",
    "Excellencies, distinguished delegates,",
    "Excellencies, ladies and gentlemen,",
    "Mr. President, Excellencies,",
    "Distinguished guests, ladies and gentlemen,",
    "Dear colleagues,",
    "Your Excellency,",
    "議長、",
    "議長、ご列席の皆様、",
  ])("%s is a salutation anywhere", (text) => {
    expect(isAddressLine(text)).toBe(true);
    expect(paragraphRole(text, 3, 8)).toBe("salutation");
  });

  it("reads the opening thanks as a salutation and the final thanks as the closing", () => {
    expect(paragraphRole("Thank you, Mr. President,", 0, 5)).toBe("salutation");
    expect(paragraphRole("Thank you, Madam Chair,", 0, 5)).toBe("salutation");
    expect(paragraphRole("Thank you, Mr. President.", 4, 5)).toBe("closing");
    expect(paragraphRole("Thank you, Mr. President,", 2, 5)).toBe("body");
  });

  it.each([
    "Thank you, Mr. President.",
    "Thank you.",
    "I thank you.",
    "I thank you, Mr. President.",
    "Thank you very much for your kind attention.",
    "I thank you for your attention.",
    "Thank you, Mr. Co-Chairs.",
    "ご清聴ありがとうございました。",
    "御清聴ありがとうございました。",
  ])("%s is the closing as the last paragraph", (text) => {
    expect(isClosingThanks(text)).toBe(true);
    expect(paragraphRole(text, 5, 6)).toBe("closing");
    expect(paragraphRole(text, 2, 6)).toBe("body");
  });

  it.each([
    "Mr. President, Japan welcomes the report.",
    "Thank you for giving me the floor, and let me congratulate you on your election.",
    "We thank you, Mr. President, for convening this debate.",
    "The President of the Assembly,",
  ])("%s is body text", (text) => {
    expect(paragraphRole(text, 0, 5)).toBe("body");
    expect(paragraphRole(text, 4, 5)).toBe("body");
  });
});
