/** 1on1ペアの終了の日本語。キーと `{placeholder}` は en.ts と一致させる（index.ts で型検査している）。 */
export const ja = {
  'pairEnd.end': 'この1on1ペアを終了する',
  'pairEnd.confirm': '{name}さんとの1on1ペアを終了しますか？これまでの記録は閲覧用に残ります。',
  'pairEnd.cancels':
    '予定している1on1はキャンセルされ、あなたが送った予定表の招待も取り消されます。{name}さんが送った招待は、{name}さんが取り消すまで予定表に残ります。',
  'pairEnd.yes': '終了する',
} as const;
