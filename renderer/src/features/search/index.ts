/** The document search area. */
export { SearchScreen } from './SearchScreen';
