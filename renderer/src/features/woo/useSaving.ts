import { useState } from 'react';

/**
 * One save at a time with its failure shown: `save` marks the screen busy and clears the last
 * error; when the work throws, the error is logged, `failedMessage` shown and the screen freed
 * again (on success it stays busy, as the screen moves on).
 */
export function useSaving(failedMessage: string) {
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const save = async (work: () => Promise<void>, onFailed?: () => void) => {
    setSaving(true);
    setSaveError(null);
    try {
      await work();
    } catch (error) {
      console.error(error);
      setSaveError(failedMessage);
      onFailed?.();
      setSaving(false);
    }
  };
  return { saving, saveError, setSaveError, save };
}
