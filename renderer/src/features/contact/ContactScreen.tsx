import { useEffect } from 'react';
import type { ScreenProps } from '../../app/route';
import { IntakeScreen } from './IntakeScreen';
import { setLastSave } from './savedStore';
import { StartScreen } from './StartScreen';

/** `#/contact`: the start screen; `#/contact/new` and `#/contact/new/<caseId>`: the intake. */
export function ContactScreen({ route }: ScreenProps) {
  // The shell unmounts this screen when staff go to another area: the save confirmation (and its
  // undo) belongs to the moment of saving and is not waiting for them when they come back.
  useEffect(() => () => setLastSave(null), []);
  if (route.rest[0] === 'new') return <IntakeScreen routeCaseId={route.rest[1]} />;
  return <StartScreen />;
}
