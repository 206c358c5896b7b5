import {
  type ActionData,
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  execute,
  facts,
  heading,
  openUrl,
  paragraph,
  userText,
  when,
} from './adaptive.js';
import { agendaLine, nameIn } from './agendaLines.js';
import { CARD_LIMITS, clip, fitting, moreInTaiwa } from './limits.js';
import type { RatingCardModel } from './models.js';
import { botText } from './text.js';
import { verbs } from './verbs.js';

/**
 * The member's rating after a 1on1: the form until they answer, then a thank-you summary that
 * offers changes while the 7-day window is open. `edit` shows the form filled with the answer.
 * A long agenda shows its first items; the rest are rated in Taiwa.
 */
export function ratingCard(model: RatingCardModel, options: { edit?: boolean } = {}): AdaptiveCard {
  const showForm = model.rating === null || (options.edit === true && model.rating.editable);
  return fitting(model.items.length, (shown) =>
    adaptiveCard({
      locale: model.locale,
      fallbackText: botText[model.locale].rating.fallback,
      body: showForm ? formBody(model, shown) : summaryBody(model, shown),
      actions: showForm ? formActions(model, shown) : summaryActions(model),
      refresh: {
        verb: verbs.ratingRefresh,
        data: { verb: verbs.ratingRefresh, sessionId: model.sessionId },
        userIds: model.refreshUserIds,
      },
    }),
  );
}

function formBody(model: RatingCardModel, shown: number): CardElement[] {
  const text = botText[model.locale].rating;
  const rating = model.rating;
  const manager = nameIn(model.managerName, model.locale);
  const body: CardElement[] = [
    heading(text.title),
    paragraph(text.intro(manager, when(model.scheduledStart)), { subtle: true, spacing: 'None' }),
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
  for (const item of model.items.slice(0, shown)) {
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
    ...moreInTaiwa(model.items.length - shown, model.locale, model.tabUrl),
    {
      type: 'Input.Text',
      id: 'impressions',
      label: text.impressions,
      placeholder: text.impressionsPlaceholder,
      isMultiline: true,
      maxLength: 2000,
      spacing: 'Large',
      // The member's own words, to change: shown whole, never shortened.
      ...(rating?.impressions != null && { value: rating.impressions }),
    },
    {
      type: 'Input.Toggle',
      id: 'shareImpressions',
      title: text.share(manager),
      valueOn: 'true',
      valueOff: 'false',
      value: rating?.shareImpressions === true ? 'true' : 'false',
    },
    paragraph(text.privacy(manager), { subtle: true }),
  );
  return body;
}

/**
 * Sending replaces every fit of the rating, so the answers already given for items this card
 * does not list travel in the action's data and are kept as they are.
 */
function formActions(model: RatingCardModel, shown: number): CardElement[] {
  const data: ActionData = { verb: verbs.ratingSubmit, sessionId: model.sessionId };
  for (const item of model.items.slice(shown)) {
    const fit = model.rating?.fits[item.agendaItemId];
    if (fit !== undefined) data[`fit.${item.agendaItemId}`] = fit;
  }
  return [
    execute(botText[model.locale].send, data, 'positive'),
    openUrl(botText[model.locale].openTab, model.tabUrl),
  ];
}

function summaryBody(model: RatingCardModel, shown: number): CardElement[] {
  const text = botText[model.locale].rating;
  const rating = model.rating;
  if (rating === null) return [];
  const body: CardElement[] = [
    heading(text.thanksTitle),
    paragraph(text.intro(nameIn(model.managerName, model.locale), when(model.scheduledStart)), {
      subtle: true,
      spacing: 'None',
    }),
    facts([{ title: text.clarity, value: text.clarityValue(rating.clarity) }]),
  ];
  for (const item of model.items.slice(0, shown)) {
    const fit = rating.fits[item.agendaItemId];
    body.push(...agendaLine(item, model.locale));
    if (fit !== undefined)
      body.push(paragraph(`${text.fitQuestion} ${text.fits[fit]}`, { subtle: true, spacing: 'None' }));
  }
  body.push(...moreInTaiwa(model.items.length - shown, model.locale, model.tabUrl));
  if (rating.impressions !== null) {
    body.push(
      paragraph(text.impressions, { spacing: 'Medium' }),
      userText([clip(rating.impressions, CARD_LIMITS.longText, model.locale)], { spacing: 'None' }),
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
