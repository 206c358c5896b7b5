import { say } from '../locale.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  execute,
  heading,
  literal,
  openUrl,
  paragraph,
  when,
} from './adaptive.js';
import { agendaLine } from './agendaLines.js';
import type { ReminderCardModel } from './models.js';
import { botText } from './text.js';
import { verbs } from './verbs.js';

/**
 * The member's reminder before a 1on1. They add themes with the hoped-for response right in the
 * card, one at a time, and see what they have so far; or they open the tab.
 */
export function reminderCard(model: ReminderCardModel, options: { justAdded?: boolean } = {}): AdaptiveCard {
  const text = botText[model.locale].reminder;
  const title =
    model.timing === 'dayBefore'
      ? text.dayBeforeTitle(literal(model.managerName))
      : text.soonTitle(literal(model.managerName));
  const body: CardElement[] = [
    heading(title),
    paragraph(when(model.scheduledStart), { subtle: true, spacing: 'None' }),
  ];
  if (options.justAdded === true) body.push(paragraph(text.added, { spacing: 'Medium' }));
  body.push(paragraph(text.soFar, { spacing: 'Medium' }));
  if (model.agenda.length === 0) body.push(paragraph(text.nothingYet, { subtle: true, spacing: 'None' }));
  for (const line of model.agenda) body.push(...agendaLine(line, model.locale));

  const actions: CardElement[] = [];
  if (model.open) {
    body.push(paragraph(text.intro, { spacing: 'Large' }), ...formInputs(model));
    actions.push(execute(text.add, { verb: verbs.reminderAdd, sessionId: model.sessionId }, 'positive'));
  } else {
    body.push(paragraph(text.closed, { subtle: true, spacing: 'Large' }));
  }
  actions.push(openUrl(botText[model.locale].openTab, model.tabUrl));
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback(model.managerName),
    body,
    actions,
    refresh: {
      verb: verbs.reminderRefresh,
      data: { verb: verbs.reminderRefresh, sessionId: model.sessionId, timing: model.timing },
      userIds: model.refreshUserIds,
    },
  });
}

function formInputs(model: ReminderCardModel): CardElement[] {
  const text = botText[model.locale].reminder;
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'themeId',
      label: text.theme,
      isRequired: true,
      errorMessage: text.theme,
      choices: model.themes.map((theme) => ({ title: say(theme.label, model.locale), value: theme.id })),
    },
    {
      type: 'Input.Text',
      id: 'themeText',
      label: text.themeText,
      placeholder: text.themeTextPlaceholder,
      maxLength: 200,
    },
    {
      type: 'Input.ChoiceSet',
      id: 'expectedResponseId',
      label: text.expected,
      style: 'expanded',
      isRequired: true,
      errorMessage: text.expected,
      choices: model.expectedResponses.map((entry) => ({
        title: say(entry.label, model.locale),
        value: entry.id,
      })),
    },
    {
      type: 'Input.Text',
      id: 'detail',
      label: text.detail,
      placeholder: text.detailPlaceholder,
      isMultiline: true,
      maxLength: 2000,
    },
  ];
}
