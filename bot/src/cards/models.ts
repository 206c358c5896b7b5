import type { Label, Locale } from '../locale.js';

/**
 * What each card shows, as plain data the api fills in. Cards are functions of these models only,
 * so the same data renders in a proactive message, an invoke response or a refresh.
 */
export type Fit = 'yes' | 'partly' | 'no';

export interface AgendaLine {
  agendaItemId: string;
  theme: Label;
  /** Null for an item carried over from a next-topics memo, before the member chose. */
  expectedResponse: Label | null;
  /** How a manager answers this expectation well (the catalog's description). */
  guidance: Label | null;
  detail: string | null;
}

export interface CardContext {
  locale: Locale;
  sessionId: string;
  /** ISO 8601; cards render it in the reader's own time zone. */
  scheduledStart: string;
  /** Opens Taiwa's tab at this 1on1. */
  tabUrl: string;
}

export interface RatingState {
  clarity: number;
  impressions: string | null;
  shareImpressions: boolean;
  fits: Record<string, Fit>;
  /** Until when the member may still change it (ISO 8601). */
  editableUntil: string;
  editable: boolean;
}

export interface RatingCardModel extends CardContext {
  managerName: string;
  items: AgendaLine[];
  rating: RatingState | null;
  /** Who sees their own state on refresh: the member's Teams user id, when known. */
  refreshUserIds: string[];
}

export interface CatalogChoice {
  id: string;
  label: Label;
}

/** An open action item of the pair, as a card lists it. */
export interface ActionItemLine {
  text: string;
  owner: 'member' | 'manager';
  /** YYYY-MM-DD, or null for no due date. */
  dueDate: string | null;
  overdue: boolean;
}

export interface ReminderCardModel extends CardContext {
  timing: 'dayBefore' | 'soon';
  managerName: string;
  themes: CatalogChoice[];
  expectedResponses: CatalogChoice[];
  /** The member's own items on this 1on1 so far. */
  agenda: AgendaLine[];
  /** The pair's open action items, oldest first (absent or empty: none to show). */
  actionItems?: ActionItemLine[];
  /** False once the 1on1 has started or ended: the card then only links to the tab. */
  open: boolean;
  refreshUserIds: string[];
}

export interface ManagerNoticeModel extends CardContext {
  memberName: string;
  items: AgendaLine[];
}

export interface WrapUpItem {
  theme: Label;
  status: 'open' | 'discussed' | 'carried_over';
}

export interface WrapUpModel extends CardContext {
  memberName: string;
  items: WrapUpItem[];
  nextTopics: string | null;
  /** ISO start of the next booked 1on1, or null when none is booked yet. */
  nextSessionStart: string | null;
}

export interface FollowUpModel extends CardContext {
  partnerName: string;
}

export interface My1on1Entry {
  pairId: string;
  partnerName: string;
  myRole: 'manager' | 'member';
  next: {
    sessionId: string;
    scheduledStart: string;
    status: 'planned' | 'live';
    preparedItems: number;
  } | null;
  lastStart: string | null;
}

export interface My1on1sModel {
  locale: Locale;
  tabUrl: string;
  entries: My1on1Entry[];
}

export interface HelpModel {
  locale: Locale;
  tabUrl: string;
  known: boolean;
}
