import { Type } from 'typebox';
import type { AgendaItem } from '../domain/agenda.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import type { Pair } from '../domain/pair.js';
import { LocalizedText } from './schemas.js';

export const AgendaItemSchema = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  author: Type.Object({ id: Type.String(), displayName: Type.String() }),
  authorRole: Type.Union([Type.Literal('member'), Type.Literal('manager')]),
  theme: Type.Object({
    id: Type.Union([Type.String(), Type.Null()]),
    text: Type.Union([Type.String(), Type.Null()]),
    label: LocalizedText,
  }),
  expectedResponse: Type.Union([
    Type.Object({ id: Type.String(), label: LocalizedText, hint: Type.Union([LocalizedText, Type.Null()]) }),
    Type.Null(),
  ]),
  detail: Type.Union([Type.String(), Type.Null()]),
  position: Type.Integer(),
  status: Type.Union([Type.Literal('open'), Type.Literal('discussed'), Type.Literal('carried_over')]),
  carriedOver: Type.Boolean(),
  version: Type.Integer(),
});

/**
 * An item as the tab shows it: the theme and expected response with their labels resolved from the
 * tenant's catalog, retired entries included, so history still reads right after the catalog changed.
 */
export function presentAgendaItem(item: AgendaItem, pair: Pair, catalog: Catalog) {
  const author = item.authorId === pair.manager.id ? pair.manager : pair.member;
  const expected =
    item.expectedResponseId === null
      ? null
      : catalog.expectedResponses.find((entry) => entry.id === item.expectedResponseId);
  return {
    id: item.id,
    sessionId: item.sessionId,
    author: { id: author.id, displayName: author.displayName },
    authorRole: item.authorRole,
    theme: {
      id: item.themeId,
      text: item.themeText,
      label:
        item.themeText !== null
          ? { ja: item.themeText, en: item.themeText }
          : catalogLabel(catalog, 'themes', item.themeId ?? ''),
    },
    expectedResponse:
      item.expectedResponseId === null
        ? null
        : {
            id: item.expectedResponseId,
            label: expected?.label ?? { ja: item.expectedResponseId, en: item.expectedResponseId },
            hint: expected?.description ?? null,
          },
    detail: item.detail,
    position: item.position,
    status: item.status,
    carriedOver: item.carriedFromItemId !== null || item.carriedFromMemoId !== null,
    version: item.version,
  };
}
