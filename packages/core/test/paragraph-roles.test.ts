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

  it.each([
    "Monsieur le Président,",
    "Madame la Présidente,",
    "Monsieur le Président, Mesdames et Messieurs,",
    "Señor Presidente:",
    "Señora Presidenta,",
    "Господин Председатель,",
    "Уважаемый господин Председатель!",
    "主席先生：",
    "尊敬的主席女士，",
    "女士们、先生们：",
    "السيد الرئيس،",
    "السيدة الرئيسة،",
    "السيد الرئيس، أصحاب السعادة،",
    "의장님,",
    "존경하는 의장님,",
    "Sehr geehrter Herr Präsident,",
    "Sehr geehrte Frau Präsidentin,",
    "Sehr geehrte Damen und Herren,",
  ])("%s is a salutation in the UN's other languages and Korean", (text) => {
    expect(isAddressLine(text)).toBe(true);
    expect(paragraphRole(text, 0, 8)).toBe("salutation");
  });

  it.each([
    "Je vous remercie.",
    "Merci, Monsieur le Président.",
    "Muchas gracias.",
    "Gracias, Señor Presidente.",
    "Благодарю за внимание.",
    "Спасибо, господин Председатель.",
    "谢谢主席先生。",
    "謝謝。",
    "وشكرا السيد الرئيس.",
    "شكرا.",
    "감사합니다.",
  ])("%s closes a statement in the UN's other languages and Korean", (text) => {
    expect(isClosingThanks(text)).toBe(true);
    expect(paragraphRole(text, 5, 6)).toBe("closing");
  });

  it.each([
    "Monsieur le Président, la France salue le rapport.",
    "Господин Председатель, мы приветствуем доклад.",
    "主席先生，中方欢迎这份报告。",
    "السيد الرئيس، يرحب وفد بلادي بالتقرير.",
    "의장님, 대한민국은 보고서를 환영합니다.",
    "Спасибо за доклад, который мы внимательно изучили.",
  ])("%s is body text, not a salutation", (text) => {
    expect(isAddressLine(text)).toBe(false);
    expect(paragraphRole(text, 5, 6)).toBe("body");
  });
});
