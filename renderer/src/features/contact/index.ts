/** What the app shell and other features use of contact intake. */
export { ContactScreen } from './ContactScreen';
export { NewContactButton } from './NewContactButton';
export { saveIntake, type SavedIntake } from './repository';
export { answerContactWith, attachDocumentToContact, forgetGuideRoute, isDocumentAttached, recordGuideRoute, startIntakeWith } from './startIntake';
