/** The coordinator's workspace ("Overzicht"): case history, deadline board, indicators, inbox, centre settings, privacy. */
export { OverviewScreen } from './OverviewScreen';
