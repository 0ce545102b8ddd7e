import { useTranslation } from 'react-i18next';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from '../../ui';
import { AnswerText } from './AnswerText';

/**
 * The answer shown large on the screen, turned towards the visitor: nothing but the text, in
 * large type with strong contrast. Escape or the button closes it, back where staff were.
 */
export function VisitorView({ isOpen, onClose, text }: { isOpen: boolean; onClose: () => void; text: { title: string; body: string; language: string } }) {
  const { t } = useTranslation('answers');
  return (
    <ModalOverlay className="answer-visitor-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="answer-visitor">
        <AriaDialog className="answer-visitor-dialog" aria-label={t('visitorView', { title: text.title })}>
          <div className="answer-visitor-bar">
            <Button variant="secondary" onPress={onClose} autoFocus>
              {t('closeVisitorView')}
            </Button>
          </div>
          <div lang={text.language} dir="auto">
            <Heading slot="title" className="answer-visitor-title">
              {text.title}
            </Heading>
            <AnswerText text={text.body} className="answer-visitor-text" />
          </div>
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
