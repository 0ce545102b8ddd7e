/** The workstation settings area. */
export { SettingsScreen } from './SettingsScreen';
