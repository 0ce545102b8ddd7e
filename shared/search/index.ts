export * from './documents';
export { highlight, type TextPart } from './highlight';
export { normaliseTerm, tokenize, typoTolerance } from './text';
