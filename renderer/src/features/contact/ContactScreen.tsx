import type { ScreenProps } from '../../app/route';
import { IntakeScreen } from './IntakeScreen';
import { StartScreen } from './StartScreen';

/** `#/contact`: the start screen; `#/contact/new` and `#/contact/new/<caseId>`: the intake. */
export function ContactScreen({ route }: ScreenProps) {
  if (route.rest[0] === 'new') return <IntakeScreen routeCaseId={route.rest[1]} />;
  return <StartScreen />;
}
