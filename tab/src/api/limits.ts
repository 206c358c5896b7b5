/**
 * The text limits the server enforces, imported from the API's own rules at build time: one list,
 * counted the same way on both sides (Unicode code points, after trimming). When the API contract
 * moves into a shared package, only this line changes.
 */
export {
  countCharacters,
  fitsLimit,
  TEXT_LIMITS,
  type TextLimitName,
} from '../../../api/src/domain/textLimits';
