/** The verbs of Taiwa's card actions; the invoke handler routes on them. */
export const verbs = {
  ratingSubmit: 'rating.submit',
  ratingEdit: 'rating.edit',
  ratingRefresh: 'rating.refresh',
  reminderAdd: 'reminder.addItem',
  reminderRefresh: 'reminder.refresh',
  my1on1s: 'my1on1s.show',
} as const;

export type Verb = (typeof verbs)[keyof typeof verbs];
