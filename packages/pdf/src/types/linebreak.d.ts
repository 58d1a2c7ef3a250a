// The `linebreak` package (UAX #14) ships no type declarations, and there is no @types package.
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
