import { Type } from 'typebox';
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
export { agendaItemView as presentAgendaItem } from '../services/agendaItemView.js';
