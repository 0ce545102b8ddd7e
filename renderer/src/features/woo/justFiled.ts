import type { ReceiptLanguage } from '../../../../shared/print/language';

/**
 * Requests filed in this session, with the receipt language chosen while filing, so the request
 * screen can greet them with "filed" and the receipt ready to print. In memory only: a reload
 * shows the plain request screen.
 */
const filed = new Map<string, ReceiptLanguage>();

export function markJustFiled(requestId: string, language: ReceiptLanguage): void {
  filed.set(requestId, language);
}

/** Whether the request was just filed here, and the receipt language then chosen. */
export function justFiled(requestId: string): ReceiptLanguage | undefined {
  return filed.get(requestId);
}

/** Said once: the request screen forgets it after showing it. */
export function forgetJustFiled(requestId: string): void {
  filed.delete(requestId);
}
