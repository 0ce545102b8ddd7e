import type { ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './Dialog.css';

export { DialogTrigger } from 'react-aria-components';

export interface DialogProps {
  /** The heading; it names the dialog. */
  title: ReactNode;
  /** The content, or a function of close (e.g. for a Cancel button or after saving). */
  children: ReactNode | ((options: { close: () => void }) => ReactNode);
  /** alertdialog: it interrupts to ask (e.g. "throw the draft away?"). */
  role?: 'dialog' | 'alertdialog';
  /** Escape and a click outside close it; false while something is being saved. */
  isDismissable?: boolean;
  /** Controlled opening; leave out inside a DialogTrigger. */
  isOpen?: boolean | undefined;
  onOpenChange?: ((isOpen: boolean) => void) | undefined;
}

/**
 * A modal dialog: focus is trapped inside and returns to the trigger when it closes. Open it with
 * a DialogTrigger around a Button and the Dialog, or controlled with isOpen.
 */
export function Dialog({ title, children, role = 'dialog', isDismissable = true, isOpen, onOpenChange }: DialogProps) {
  const controlled = isOpen === undefined ? {} : { isOpen, onOpenChange };
  return (
    <ModalOverlay className="ui-modal-overlay" isDismissable={isDismissable} isKeyboardDismissDisabled={!isDismissable} {...controlled}>
      <Modal className="ui-modal">
        <AriaDialog className="ui-dialog" role={role}>
          {({ close }) => (
            <>
              <Heading slot="title" className="ui-dialog-title">
                {title}
              </Heading>
              {typeof children === 'function' ? children({ close }) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

/** The row of buttons at the end of a dialog, the main action last. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="ui-dialog-actions">{children}</div>;
}
