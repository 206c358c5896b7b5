import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  execute,
  facts,
  heading,
  literal,
  openUrl,
  paragraph,
  userText,
  when,
} from './adaptive.js';
import { agendaLine } from './agendaLines.js';
import type { RatingCardModel } from './models.js';
import { botText } from './text.js';
import { verbs } from './verbs.js';

/**
 * The member's rating after a 1on1: the form until they answer, then a thank-you summary that
 * offers changes while the 7-day window is open. `edit` shows the form filled with the answer.
 */
export function ratingCard(model: RatingCardModel, options: { edit?: boolean } = {}): AdaptiveCard {
  const showForm = model.rating === null || (options.edit === true && model.rating.editable);
  return adaptiveCard({
    locale: model.locale,
    fallbackText: botText[model.locale].rating.fallback,
    body: showForm ? formBody(model) : summaryBody(model),
    actions: showForm ? formActions(model) : summaryActions(model),
    refresh: {
      verb: verbs.ratingRefresh,
      data: { verb: verbs.ratingRefresh, sessionId: model.sessionId },
      userIds: model.refreshUserIds,
    },
  });
}

function formBody(model: RatingCardModel): CardElement[] {
  const text = botText[model.locale].rating;
  const rating = model.rating;
  const body: CardElement[] = [
    heading(text.title),
    paragraph(text.intro(literal(model.managerName), when(model.scheduledStart)), {
      subtle: true,
      spacing: 'None',
    }),
    {
      type: 'Input.ChoiceSet',
      id: 'clarity',
      label: text.clarity,
      style: 'expanded',
      isRequired: true,
      errorMessage: text.clarityRequired,
      choices: text.clarityChoices.map((title, value) => ({ title, value: String(value) })),
      ...(rating !== null && { value: String(rating.clarity) }),
    },
  ];
  if (model.items.length > 0) body.push(paragraph(text.itemsIntro, { spacing: 'Large' }));
  for (const item of model.items) {
    body.push(...agendaLine(item, model.locale));
    const current = rating?.fits[item.agendaItemId];
    body.push({
      type: 'Input.ChoiceSet',
      id: `fit.${item.agendaItemId}`,
      label: text.fitQuestion,
      style: 'expanded',
      choices: (['yes', 'partly', 'no'] as const).map((fit) => ({ title: text.fits[fit], value: fit })),
      ...(current !== undefined && { value: current }),
    });
  }
  body.push(
    {
      type: 'Input.Text',
      id: 'impressions',
      label: text.impressions,
      placeholder: text.impressionsPlaceholder,
      isMultiline: true,
      maxLength: 2000,
      spacing: 'Large',
      ...(rating?.impressions != null && { value: rating.impressions }),
    },
    {
      type: 'Input.Toggle',
      id: 'shareImpressions',
      title: text.share(literal(model.managerName)),
      valueOn: 'true',
      valueOff: 'false',
      value: rating?.shareImpressions === true ? 'true' : 'false',
    },
    paragraph(text.privacy(literal(model.managerName)), { subtle: true }),
  );
  return body;
}

function formActions(model: RatingCardModel): CardElement[] {
  return [
    execute(botText[model.locale].send, { verb: verbs.ratingSubmit, sessionId: model.sessionId }, 'positive'),
    openUrl(botText[model.locale].openTab, model.tabUrl),
  ];
}

function summaryBody(model: RatingCardModel): CardElement[] {
  const text = botText[model.locale].rating;
  const rating = model.rating;
  if (rating === null) return [];
  const body: CardElement[] = [
    heading(text.thanksTitle),
    paragraph(text.intro(literal(model.managerName), when(model.scheduledStart)), {
      subtle: true,
      spacing: 'None',
    }),
    facts([{ title: text.clarity, value: text.clarityValue(rating.clarity) }]),
  ];
  for (const item of model.items) {
    const fit = rating.fits[item.agendaItemId];
    body.push(...agendaLine(item, model.locale));
    if (fit !== undefined)
      body.push(paragraph(`${text.fitQuestion} ${text.fits[fit]}`, { subtle: true, spacing: 'None' }));
  }
  if (rating.impressions !== null) {
    body.push(
      paragraph(text.impressions, { spacing: 'Medium' }),
      userText([rating.impressions], { spacing: 'None' }),
    );
    body.push(paragraph(rating.shareImpressions ? text.sharedYes : text.sharedNo, { subtle: true }));
  }
  body.push(
    paragraph(rating.editable ? text.editUntil(when(rating.editableUntil)) : text.closed, { subtle: true }),
  );
  return body;
}

function summaryActions(model: RatingCardModel): CardElement[] {
  const actions: CardElement[] = [];
  if (model.rating?.editable === true) {
    actions.push(
      execute(botText[model.locale].rating.edit, { verb: verbs.ratingEdit, sessionId: model.sessionId }),
    );
  }
  actions.push(openUrl(botText[model.locale].openTab, model.tabUrl));
  return actions;
}
