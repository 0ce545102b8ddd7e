import type { ContactOutcome } from '../../../../shared/model/case';
import { emptyIntake, intakeHasContent, type IntakeDraft } from '../../../../shared/model/intake';
import { readDraft, writeDraft } from '../../app/drafts';
import { navigate, routeHref } from '../../app/route';
import { workstationSettings } from '../../workstation';
import { INTAKE_DRAFT_KEY } from './draftKeys';

/**
 * Opens the intake with the outcome already chosen (e.g. "Geen document gevonden" from a search
 * that found nothing) and, for a fresh contact, the question. A contact already being typed is
 * kept: only its outcome is set, and its question is filled in when it is still empty.
 */
export function startIntakeWith(preset: { outcome: ContactOutcome; question?: string }): void {
  const settings = workstationSettings();
  const current = readDraft<IntakeDraft>(INTAKE_DRAFT_KEY);
  const base: IntakeDraft =
    current && intakeHasContent(current) ? current : emptyIntake({ now: new Date(), channel: settings.defaultChannel, assignee: settings.defaultAssignee });
  const question = base.question.trim() ? base.question : (preset.question ?? '');
  writeDraft<IntakeDraft>(INTAKE_DRAFT_KEY, { ...base, question, outcome: preset.outcome, outcomeChosen: true });
  navigate(routeHref('contact', 'new'));
}
