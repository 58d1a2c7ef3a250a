export { analyzeStatement, type SpeakingRates } from "./analyze-statement.js";
