/** The document finder: search the published catalogue, use a result (detail, link, hand-out). */
export { FinderScreen } from './FinderScreen';
