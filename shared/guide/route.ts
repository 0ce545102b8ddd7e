import type { ContactGuideRoute, ContactOutcome } from '../model/case';
import type { GuideRoute } from './definition';

/**
 * What reaching a route of the guide means for the contact being taken (issue 14 point 1): the
 * route recorded on the contact and its case, and the outcome it implies. The guide may split
 * "complaint" and "other"; the contact record keeps them as one route (the shared contract).
 */
const CONTACT_ROUTE: Record<GuideRoute, ContactGuideRoute> = {
  answer: 'answer',
  document: 'document',
  avg: 'avg',
  referral: 'referral',
  woo: 'woo',
  complaint: 'complaint-other',
  other: 'complaint-other',
};

/**
 * The document route starts as "not found": it becomes 'document-found' only when a document is
 * attached, so a contact saved without one still counts as a question the centre could not answer.
 */
const ROUTE_OUTCOME: Record<GuideRoute, ContactOutcome> = {
  answer: 'answered',
  document: 'document-not-found',
  avg: 'avg-routed',
  referral: 'referred',
  woo: 'woo-filed',
  complaint: 'other',
  other: 'other',
};

export function contactRouteFor(route: GuideRoute): ContactGuideRoute {
  return CONTACT_ROUTE[route];
}

export function outcomeForRoute(route: GuideRoute): ContactOutcome {
  return ROUTE_OUTCOME[route];
}
