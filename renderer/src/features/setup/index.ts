/**
 * Installation state of this desk: the first-run screen shown while the machine's managed
 * configuration is missing or invalid, and the running version with the hub's update notice.
 */
export { SetupScreen, useSetupScreen } from './SetupScreen';
export { ReleaseStatus } from './ReleaseStatus';
export { useManagedConfig } from './managedConfig';
