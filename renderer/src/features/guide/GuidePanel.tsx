import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { walkGuide, type GuideDefinition, type GuideRoute } from '../../../../shared/guide/definition';
import { routeHref } from '../../app/route';
import { Button, ButtonLink } from '../../ui';
import { forgetGuideRoute, recordGuideRoute } from '../contact';
import { useGuideDefinition } from './guideStore';
import './guide.css';

/**
 * "Wat zoekt de bezoeker?": the guide's questions as buttons, one at a time, until a route. The
 * document route hands over to the finder on the same screen (`onDocument`); the other routes
 * say what to do and link to the screen where it is done.
 */
export function GuidePanel({ guide: given, onDocument }: { guide?: GuideDefinition; onDocument: () => void }) {
  const { t, i18n } = useTranslation('guide');
  // The coordinator's latest version from the hub, cached on this desk (or the built-in guide).
  const synced = useGuideDefinition();
  const guide = given ?? synced;
  const [choices, setChoices] = useState<string[]>([]);
  const lng = i18n.language === 'en' ? 'en' : 'nl';
  const { step, path } = walkGuide(guide, choices);
  const panel = useRef<HTMLElement>(null);
  const moved = useRef(false);
  // After a choice the pressed button is gone: the keyboard continues on the next step's first button.
  useEffect(() => {
    if (!moved.current) return;
    panel.current?.querySelector<HTMLElement>('.guide-choices button, .guide-route .ui-button')?.focus();
  }, [choices]);
  const choose = (next: string[]) => {
    moved.current = true;
    setChoices(next);
    // The route taken is recorded on the contact being taken (issue 14 point 1).
    const reached = walkGuide(guide, next).step;
    if (reached.kind === 'route') recordGuideRoute(reached.route);
    // Leaving the route the guide had reached (back, or a new visitor): it no longer applies.
    else if (step.kind === 'route') forgetGuideRoute();
  };
  return (
    <section className="panel guide" aria-labelledby="guide-title" ref={panel}>
      <h2 id="guide-title" className="guide-title">
        {t('title')}
      </h2>
      {path.length > 0 ? (
        <p className="guide-path">
          {path.map((question, i) => {
            const choice = question.choices.find((candidate) => candidate.id === choices[i]);
            return choice ? <span key={question.id}>{choice.label[lng]}</span> : null;
          })}
        </p>
      ) : null}
      {step.kind === 'question' ? (
        <fieldset className="guide-question">
          <legend>{step.question.text[lng]}</legend>
          <div className="guide-choices">
            {step.question.choices.map((choice) => (
              <Button key={choice.id} onPress={() => choose([...choices, choice.id])}>
                {choice.label[lng]}
              </Button>
            ))}
          </div>
        </fieldset>
      ) : (
        <RouteAdvice route={step.route} hint={step.via.hint?.[lng]} onDocument={onDocument} />
      )}
      {choices.length > 0 ? (
        <div className="guide-actions">
          <Button variant="quiet" size="small" onPress={() => choose(choices.slice(0, -1))}>
            {t('back')}
          </Button>
          <Button variant="quiet" size="small" onPress={() => choose([])}>
            {t('restart')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

// "Contact vastleggen" opens the intake form holding the route (the contact area's start screen
// would leave staff to find "Nieuw contact" themselves).
const ROUTE_LINKS: Partial<Record<GuideRoute, string>> = {
  woo: routeHref('woo', 'new'),
  referral: routeHref('woo', 'new'),
  avg: routeHref('contact', 'new'),
  answer: routeHref('contact', 'new'),
  complaint: routeHref('contact', 'new'),
  other: routeHref('contact', 'new'),
};

function RouteAdvice({ route, hint, onDocument }: { route: GuideRoute; hint: string | undefined; onDocument: () => void }) {
  const { t } = useTranslation('guide');
  const href = ROUTE_LINKS[route];
  return (
    <div className="guide-route" role="status">
      <p className="guide-route-title">{t(`routes.${route}.title`)}</p>
      {hint ? <p>{hint}</p> : null}
      <p>{t(`routes.${route}.advice`)}</p>
      <p className="guide-recorded">{t('recorded')}</p>
      {route === 'document' || route === 'answer' ? (
        // Answers and documents are found in the same search box below (answers first).
        <Button variant="primary" onPress={onDocument}>
          {t(`routes.${route}.action`)}
        </Button>
      ) : href ? (
        <ButtonLink variant="primary" href={href}>
          {t(`routes.${route}.action`)}
        </ButtonLink>
      ) : null}
    </div>
  );
}
