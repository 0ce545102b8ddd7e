/** The coordinator's overview area. */
export { OverviewScreen } from './OverviewScreen';
