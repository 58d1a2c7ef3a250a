// The `linebreak` package (UAX #14) that pdfkit itself uses; it ships no type declarations.
declare module "linebreak" {
  export interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
