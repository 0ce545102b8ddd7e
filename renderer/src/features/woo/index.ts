/** What other features and the app shell use of the Woo desk. */
export { WooScreen } from './WooScreen';
export { FileWooRequestButton } from './FileWooRequestButton';
export { WooDueThisWeek } from './WooDueThisWeek';
