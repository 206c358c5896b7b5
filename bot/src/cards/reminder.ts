import { say } from '../locale.js';
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  execute,
  heading,
  inMarkdown,
  openUrl,
  paragraph,
  userText,
  when,
} from './adaptive.js';
import { agendaLine, nameIn } from './agendaLines.js';
import { CARD_LIMITS, clip, fitting, moreInTaiwa } from './limits.js';
import type { ReminderCardModel } from './models.js';
import { botText } from './text.js';
import { verbs } from './verbs.js';

/**
 * The member's reminder before a 1on1. They add themes with the hoped-for response right in the
 * card, one at a time, and see what they have so far; or they open the tab.
 */
export function reminderCard(model: ReminderCardModel, options: { justAdded?: boolean } = {}): AdaptiveCard {
  const text = botText[model.locale].reminder;
  const manager = nameIn(model.managerName, model.locale);
  const title = model.timing === 'dayBefore' ? text.dayBeforeTitle(manager) : text.soonTitle(manager);
  // Everything the handler needs to answer with this same card travels with each action: the
  // session and which reminder this is (the day before, or soon).
  const state = { sessionId: model.sessionId, timing: model.timing };
  return fitting(model.agenda.length, (shown) => {
    const body: CardElement[] = [
      heading(title),
      paragraph(when(model.scheduledStart), { subtle: true, spacing: 'None' }),
    ];
    if (options.justAdded === true) body.push(paragraph(text.added, { spacing: 'Medium' }));
    body.push(paragraph(text.soFar, { spacing: 'Medium' }));
    if (model.agenda.length === 0) body.push(paragraph(text.nothingYet, { subtle: true, spacing: 'None' }));
    for (const line of model.agenda.slice(0, shown)) body.push(...agendaLine(line, model.locale));
    body.push(...moreInTaiwa(model.agenda.length - shown, model.locale, model.tabUrl));
    body.push(...actionItemLines(model));

    const actions: CardElement[] = [];
    if (model.open) {
      body.push(paragraph(text.intro, { spacing: 'Large' }), ...formInputs(model));
      actions.push(execute(text.add, { verb: verbs.reminderAdd, ...state }, 'positive'));
    } else {
      body.push(paragraph(text.closed, { subtle: true, spacing: 'Large' }));
    }
    actions.push(openUrl(botText[model.locale].openTab, model.tabUrl));
    return adaptiveCard({
      locale: model.locale,
      fallbackText: text.fallback(nameIn(model.managerName, model.locale)),
      body,
      actions,
      refresh: {
        verb: verbs.reminderRefresh,
        data: { verb: verbs.reminderRefresh, ...state },
        userIds: model.refreshUserIds,
      },
    });
  });
}

/** Open action items shown at most; the rest are one tap away in Taiwa. */
export const REMINDER_ACTION_ITEMS_MAX = 3;

/** "Who does what by when" for each open action item, the overdue ones marked. */
function actionItemLines(model: ReminderCardModel): CardElement[] {
  const items = model.actionItems ?? [];
  if (items.length === 0) return [];
  const text = botText[model.locale].reminder;
  const manager = nameIn(model.managerName, model.locale);
  const lines: CardElement[] = [paragraph(text.actionItems, { spacing: 'Medium' })];
  for (const item of items.slice(0, REMINDER_ACTION_ITEMS_MAX)) {
    const meta = [
      text.actionOwner(item.owner, manager),
      ...(item.dueDate === null ? [] : [text.actionDue(item.dueDate)]),
    ].join(' · ');
    lines.push(
      userText(
        [
          { text: clip(item.text, CARD_LIMITS.theme, model.locale), weight: 'Bolder' },
          ` — ${meta}`,
          ...(item.overdue ? [{ text: ` (${text.actionOverdue})`, weight: 'Bolder' as const }] : []),
        ],
        { spacing: 'Small' },
      ),
    );
  }
  lines.push(...moreInTaiwa(items.length - REMINDER_ACTION_ITEMS_MAX, model.locale, model.tabUrl));
  return lines;
}

function formInputs(model: ReminderCardModel): CardElement[] {
  const text = botText[model.locale].reminder;
  // Hosts render expanded choices' titles as Markdown, and a title must not be empty (a label of
  // nothing but invisible characters is shown by its id).
  const choice = (entry: ReminderCardModel['themes'][number]) => {
    const title = clip(say(entry.label, model.locale), CARD_LIMITS.choice, model.locale).trim();
    return { title: inMarkdown(title === '' ? entry.id : title), value: entry.id };
  };
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'themeId',
      label: text.theme,
      isRequired: true,
      errorMessage: text.themeRequired,
      choices: model.themes.map(choice),
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
      errorMessage: text.expectedRequired,
      choices: model.expectedResponses.map(choice),
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
