import type { Kysely } from 'kysely';
import type { Database } from '../data/schema.js';
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
export async function seedDemoHistory(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const already = await trx
      .selectFrom('ratings')
      .select('session_id')
      .where('tenant_id', '=', DEMO_TENANT_ID)
      .limit(1)
      .execute();
    if (already.length > 0) return;
    for (const [pairIndex, pair] of DEMO_PAIRS.entries()) {
      const past = await trx
        .selectFrom('sessions')
        .select(['id', 'scheduled_end'])
        .where('tenant_id', '=', DEMO_TENANT_ID)
        .where('pair_id', '=', pair.id)
        .where('status', '=', 'ended')
        .orderBy('scheduled_start')
        .execute();
      const history = HISTORIES[pair.id] ?? [];
      for (const [sessionIndex, session] of past.entries()) {
        const content = history[sessionIndex];
        if (content === undefined) continue;
        const items = content.items.map((item, position) => ({
          ...item,
          id: id(pairIndex, sessionIndex, '8a00', position),
        }));
        await trx
          .insertInto('agenda_items')
          .values(
            items.map((item, position) => ({
              tenant_id: DEMO_TENANT_ID,
              id: item.id,
              session_id: session.id,
              author_id: pair.member.id,
              author_role: 'member' as const,
              theme_id: item.themeId,
              theme_text: item.themeText ?? null,
              expected_response_id: item.expectedResponseId,
              detail: item.detail,
              position,
              status: 'discussed' as const,
              carried_from_item_id: null,
              carried_from_memo_id: null,
            })),
          )
          .execute();
        await trx
          .insertInto('memos')
          .values({
            tenant_id: DEMO_TENANT_ID,
            id: id(pairIndex, sessionIndex, '8b00', 0),
            session_id: session.id,
            author_id: pair.manager.id,
            kind: 'shared',
            body: content.memo,
            created_at: session.scheduled_end,
            updated_at: session.scheduled_end,
          })
          .execute();
        await trx
          .insertInto('ratings')
          .values({
            tenant_id: DEMO_TENANT_ID,
            session_id: session.id,
            member_id: pair.member.id,
            manager_id: pair.manager.id,
            clarity: content.clarity,
            impressions: content.impressions,
            share_impressions: content.share,
            submitted_at: session.scheduled_end,
            updated_at: session.scheduled_end,
          })
          .execute();
        await trx
          .insertInto('rating_item_fits')
          .values(
            items.map((item) => ({
              tenant_id: DEMO_TENANT_ID,
              session_id: session.id,
              agenda_item_id: item.id,
              expected_response_id: item.expectedResponseId,
              fit: item.fit,
            })),
          )
          .execute();
      }
    }
  });
}
