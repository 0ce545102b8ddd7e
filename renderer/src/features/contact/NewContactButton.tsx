import { useTranslation } from 'react-i18next';
import { Plus } from 'lucide-react';
import { routeHref } from '../../app/route';
import { ButtonLink } from '../../ui';
import './intake.css';

/**
 * "Nieuw contact", reachable from every screen (the shell's top bar) and from the contact start
 * screen. Alt+N and the menu item do the same through the 'new-contact' command.
 */
export function NewContactButton({ variant = 'topbar' }: { variant?: 'topbar' | 'page' }) {
  const { t } = useTranslation('intake');
  return (
    <ButtonLink variant={variant === 'page' ? 'primary' : 'secondary'} className={`new-contact new-contact-${variant}`} href={routeHref('contact', 'new')} aria-keyshortcuts="Alt+N">
      <Plus aria-hidden="true" className="new-contact-plus" size={18} />
      <span>{t('newContact')}</span>
      <kbd className="kbd">{t('newContactShortcut')}</kbd>
    </ButtonLink>
  );
}
