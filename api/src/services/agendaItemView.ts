import { type AgendaItem, agendaThemeLabel } from '../domain/agenda.js';
import { type Catalog, catalogLabel } from '../domain/catalog.js';
import { type Pair, personInPair } from '../domain/pair.js';

/** An agenda item as the pair sees it: in answers, in conflicts and in the session's state. */
export function agendaItemView(item: AgendaItem, pair: Pair, catalog: Catalog) {
  const author = personInPair(pair, item.authorId);
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
      label: agendaThemeLabel(item, catalog),
    },
    expectedResponse:
      item.expectedResponseId === null
        ? null
        : {
            id: item.expectedResponseId,
            label: catalogLabel(catalog, 'expectedResponses', item.expectedResponseId),
            hint: expected?.description ?? null,
          },
    detail: item.detail,
    position: item.position,
    status: item.status,
    carriedOver: item.carriedFromItemId !== null || item.carriedFromMemoId !== null,
    version: item.version,
  };
}
