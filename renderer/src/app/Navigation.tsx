import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AREAS, type Area } from './areas';
import { routeHref } from './route';
import { useAllowedAreas } from '../session';

export function Navigation({ current }: { current: Area }) {
  const { t } = useTranslation();
  // Only the areas this role may use (docs/decisions/071-roles.md); the shortcut stays the area's own.
  const allowed = useAllowedAreas();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {AREAS.map((area, index) => ({ area, index }))
          .filter(({ area }) => allowed.includes(area))
          .map(({ area, index }) => (
          <li key={area}>
            <Link
              className="nav-link"
              href={routeHref(area)}
              aria-current={area === current ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${index + 1}`}
            >
              <span className="nav-text">{t(`nav.${area}`)}</span>
              <kbd className="nav-key" aria-hidden="true">
                {`Alt+${index + 1}`}
              </kbd>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
