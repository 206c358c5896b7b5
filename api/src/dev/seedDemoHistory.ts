import type { Db } from '../data/database.js';
import { insertDemoHistory } from '../data/system/demoSeed.js';
import { DEMO_PAIRS, DEMO_TENANT_ID } from './demoTenant.js';

type Fit = 'yes' | 'partly' | 'no';

interface PastItem {
  themeId: string;
  themeText?: string;
  expectedResponseId: string;
  detail: string;
  fit: Fit;
}

interface PastSession {
  items: PastItem[];
  memo: string;
  clarity: number;
  impressions: string | null;
  share: boolean;
}

/**
 * What the demo pairs talked about in their three past 1on1s, oldest first, in each member's
 * language: enough for history, search, carry-over hints and the manager's feedback to show
 * something on a first `npm start`.
 */
const HISTORIES: Record<string, PastSession[]> = {
  [DEMO_PAIRS[0]?.id ?? '']: [
    {
      items: [
        {
          themeId: 'career',
          expectedResponseId: 'listen',
          detail: '来期にリーダー役へ挑戦したい気持ちがある',
          fit: 'yes',
        },
        { themeId: 'work', expectedResponseId: 'advice', detail: 'API 設計レビューの進め方', fit: 'partly' },
      ],
      memo: 'リーダー役の件は次回もう少し具体的に話す。レビューはチェックリストを試す。',
      clarity: 4,
      impressions: '話を最後まで聞いてもらえて安心した',
      share: true,
    },
    {
      items: [
        {
          themeId: 'growth',
          expectedResponseId: 'think_together',
          detail: '資格の勉強をどう続けるか',
          fit: 'yes',
        },
        { themeId: 'wellbeing', expectedResponseId: 'listen', detail: '繁忙期で少し疲れ気味', fit: 'partly' },
      ],
      memo: '勉強は朝30分から。繁忙期明けに休暇を取る。',
      clarity: 3,
      impressions: null,
      share: false,
    },
    {
      items: [
        { themeId: 'career', expectedResponseId: 'listen', detail: 'リーダー役の打診を受けた', fit: 'yes' },
        {
          themeId: 'other',
          themeText: 'チーム勉強会の進め方',
          expectedResponseId: 'opinion',
          detail: '月1回で続けたい',
          fit: 'no',
        },
      ],
      memo: '勉強会は来月から。評価面談の前にもう一度話す。',
      clarity: 5,
      impressions: 'キャリアの話ができてすっきりした',
      share: true,
    },
  ],
  [DEMO_PAIRS[1]?.id ?? '']: [
    {
      items: [
        {
          themeId: 'work',
          expectedResponseId: 'report',
          detail: 'Shipped the onboarding redesign',
          fit: 'yes',
        },
      ],
      memo: 'Share the onboarding metrics with the team next sprint.',
      clarity: 4,
      impressions: null,
      share: false,
    },
    {
      items: [
        {
          themeId: 'relationships',
          expectedResponseId: 'think_together',
          detail: 'Working with the design team',
          fit: 'partly',
        },
      ],
      memo: 'Set up a weekly sync with design.',
      clarity: 3,
      impressions: 'Helpful, though we ran out of time.',
      share: true,
    },
    {
      items: [
        {
          themeId: 'career',
          expectedResponseId: 'advice',
          detail: 'Moving towards product management',
          fit: 'yes',
        },
      ],
      memo: 'Emily shadows a PM for two weeks.',
      clarity: 5,
      impressions: null,
      share: false,
    },
  ],
  [DEMO_PAIRS[2]?.id ?? '']: [
    {
      items: [{ themeId: 'work', expectedResponseId: 'decision', detail: '新規顧客の優先順位', fit: 'yes' }],
      memo: 'A社を優先。B社は来月。',
      clarity: 4,
      impressions: null,
      share: false,
    },
    {
      items: [{ themeId: 'private', expectedResponseId: 'listen', detail: '引っ越しの予定', fit: 'yes' }],
      memo: '引っ越し週は在宅多め。',
      clarity: 4,
      impressions: null,
      share: false,
    },
    {
      items: [{ themeId: 'growth', expectedResponseId: 'advice', detail: '提案書の書き方', fit: 'partly' }],
      memo: 'David の提案書を参考に見る。',
      clarity: 3,
      impressions: null,
      share: false,
    },
  ],
};

const id = (pairIndex: number, sessionIndex: number, kind: string, n: number) =>
  `de000000-0000-4000-${kind}-${String(pairIndex).padStart(4, '0')}${String(sessionIndex).padStart(4, '0')}${String(n).padStart(4, '0')}`;

/**
 * Fills the demo pairs' past 1on1s (seeded by seedDemoTenant) with agenda, memos and ratings, once.
 * Only `npm start` calls it: tests start from empty sessions and write their own history.
 */
export async function seedDemoHistory(db: Db): Promise<void> {
  await insertDemoHistory(
    db,
    DEMO_TENANT_ID,
    DEMO_PAIRS.map((pair) => pair.id),
    (pairId, ended) => {
      const pairIndex = DEMO_PAIRS.findIndex((pair) => pair.id === pairId);
      const pair = DEMO_PAIRS[pairIndex];
      if (pair === undefined) return [];
      const history = HISTORIES[pairId] ?? [];
      return ended.flatMap((session, sessionIndex) => {
        const content = history[sessionIndex];
        if (content === undefined) return [];
        return [
          {
            sessionId: session.id,
            managerId: pair.manager.id,
            memberId: pair.member.id,
            items: content.items.map((item, position) => ({
              id: id(pairIndex, sessionIndex, '8a00', position),
              themeId: item.themeId,
              themeText: item.themeText ?? null,
              expectedResponseId: item.expectedResponseId,
              detail: item.detail,
              fit: item.fit,
            })),
            memo: {
              id: id(pairIndex, sessionIndex, '8b00', 0),
              body: content.memo,
              at: session.scheduledEnd,
            },
            rating: {
              clarity: content.clarity,
              impressions: content.impressions,
              share: content.share,
              at: session.scheduledEnd,
            },
          },
        ];
      });
    },
  );
}
