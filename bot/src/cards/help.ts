import { type AdaptiveCard, adaptiveCard, execute, heading, openUrl, paragraph } from './adaptive.js';
import type { HelpModel } from './models.js';
import { botText } from './text.js';
import { verbs } from './verbs.js';

export function helpCard(model: HelpModel): AdaptiveCard {
  const text = botText[model.locale].help;
  const body = [heading(text.title), paragraph(text.body), paragraph(text.commands, { subtle: true })];
  if (!model.known) body.push(paragraph(text.unknownUser));
  return adaptiveCard({
    locale: model.locale,
    fallbackText: text.fallback,
    body,
    actions: [
      execute(text.showMine, { verb: verbs.my1on1s }),
      openUrl(botText[model.locale].openTab, model.tabUrl),
    ],
  });
}
