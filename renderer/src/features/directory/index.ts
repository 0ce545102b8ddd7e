/** The directory of public bodies (bestuursorganen) and the picker that searches it. */
export { BodyPicker } from './BodyPicker';
export { DEFAULT_MUNICIPALITY, loadPublishers, placeName, type DirectoryEntry, type Municipality } from './directory';
