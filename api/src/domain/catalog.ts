import { invalid } from './errors.js';
import type { LocalizedText } from './localizedText.js';
import { countCharacters, TEXT_LIMITS } from './textLimits.js';

export type CatalogKind = 'themes' | 'expectedResponses' | 'diceFaces';

export interface CatalogEntry {
  id: string;
  label: LocalizedText;
  /** Themes: what belongs here. Expected responses: how the manager answers well. Dice: null. */
  description: LocalizedText | null;
  /** Retired entries are no longer offered, but history that used them still renders them. */
  retired: boolean;
}

export type Catalog = Record<CatalogKind, CatalogEntry[]>;

/** The theme that lets the member write their own topic. */
export const FREE_TEXT_THEME_ID = 'other';

const entry = (id: string, label: LocalizedText, description: LocalizedText | null = null): CatalogEntry => ({
  id,
  label,
  description,
  retired: false,
});

export const DEFAULT_CATALOG: Catalog = {
  themes: [
    entry(
      'work',
      { ja: '業務の進捗・進め方', en: 'Work progress and approach' },
      { ja: '今の仕事の状況、進め方の迷いや相談', en: 'Where your work stands and how to go about it' },
    ),
    entry(
      'relationships',
      { ja: '職場の人間関係', en: 'Relationships at work' },
      { ja: 'チームや関係者とのやり取り', en: 'Working with your team and others' },
    ),
    entry(
      'growth',
      { ja: 'スキル・成長', en: 'Skills and growth' },
      { ja: '身につけたいこと、伸ばしたい力', en: 'What you want to learn and get better at' },
    ),
    entry(
      'wellbeing',
      { ja: '心身の健康', en: 'Health and wellbeing' },
      { ja: '体調、働き方、負荷のこと', en: 'How you feel, workload and pace' },
    ),
    entry(
      'career',
      { ja: 'キャリア', en: 'Career' },
      { ja: 'これからの働き方や目指す姿', en: 'Where you want to go next' },
    ),
    entry(
      'private',
      { ja: 'プライベート', en: 'Private life' },
      { ja: '話せる範囲で、仕事の外のこと', en: 'Life outside work, as much as you like to share' },
    ),
    entry(
      'direction',
      { ja: '会社・チームの方向性', en: 'Company or team direction' },
      { ja: '方針や決定についての疑問や意見', en: 'Questions or views on plans and decisions' },
    ),
    entry('other', { ja: 'その他（自由記述）', en: 'Other (write your own)' }, null),
  ],
  expectedResponses: [
    entry(
      'listen',
      { ja: 'まずは聞いてほしい', en: 'Just listen' },
      {
        ja: '助言は控えて最後まで聞き、要点を言い換えて確かめましょう。',
        en: 'Hold back advice, hear it all out, then summarise it back to check you understood.',
      },
    ),
    entry(
      'think_together',
      { ja: '一緒に考えてほしい', en: 'Think it through together' },
      {
        ja: '答えを出す前に質問で考えを広げ、選択肢を一緒に並べましょう。',
        en: 'Ask questions before answering, and lay out the options side by side together.',
      },
    ),
    entry(
      'advice',
      { ja: '具体的なアドバイスがほしい', en: 'Give concrete advice' },
      {
        ja: '経験や事例をもとに、明日から試せる具体策を伝えましょう。',
        en: 'Offer specific steps they can try tomorrow, drawn from experience or examples.',
      },
    ),
    entry(
      'opinion',
      { ja: '意見を聞かせてほしい', en: 'Tell me your opinion' },
      {
        ja: '自分の考えとその理由を率直に、押し付けずに伝えましょう。',
        en: 'Say plainly what you think and why, without pressing it on them.',
      },
    ),
    entry(
      'report',
      { ja: '報告・共有したい', en: 'I want to report or share' },
      {
        ja: '最後まで受け止め、取り組みを認める一言を返しましょう。',
        en: 'Take it in fully and acknowledge the effort behind it.',
      },
    ),
    entry(
      'decision',
      { ja: '判断・決定してほしい', en: 'Make a decision' },
      {
        ja: 'この場で決めるか、いつまでに決めるかをはっきり伝えましょう。',
        en: 'Decide now, or say clearly by when you will decide.',
      },
    ),
  ],
  diceFaces: [
    entry('good_news', { ja: '最近あったいいこと', en: 'Something good that happened lately' }),
    entry('recharge', { ja: '最近のリフレッシュ方法', en: 'How you recharge these days' }),
    entry('small_failure', { ja: '最近の小さな失敗', en: 'A small recent failure' }),
    entry('recent_find', { ja: '最近ハマっていること', en: 'Something you are into right now' }),
    entry('thanks', { ja: '最近ありがとうと思ったこと', en: 'Something you felt thankful for recently' }),
    entry('weekend', { ja: '次の休みにしたいこと', en: 'What you want to do on your next day off' }),
  ],
};

export interface CatalogEntryInput {
  id: string;
  label: LocalizedText;
  description: LocalizedText | null;
}

const LABEL_MAX = TEXT_LIMITS.catalogLabel;
const DESCRIPTION_MAX = TEXT_LIMITS.catalogDescription;
const MINIMUM_ACTIVE: Record<CatalogKind, number> = { themes: 1, expectedResponses: 1, diceFaces: 2 };

function checkText(field: string, text: LocalizedText, max: number): void {
  for (const locale of ['ja', 'en'] as const) {
    const value = text[locale].trim();
    if (value === '')
      throw invalid(`${field}.${locale}`, 'must not be empty: write it in both Japanese and English');
    if (countCharacters(value) > max)
      throw invalid(`${field}.${locale}`, `must be at most ${max} characters`);
  }
}

/**
 * An admin's new list for one kind becomes the active entries, in the order given. Entries left out
 * are retired, never deleted: history that used them must still say what they were.
 */
export function replaceCatalogEntries(
  kind: CatalogKind,
  current: readonly CatalogEntry[],
  submitted: readonly CatalogEntryInput[],
): CatalogEntry[] {
  const seen = new Set<string>();
  submitted.forEach((input, index) => {
    const field = `${kind}.${index}`;
    if (seen.has(input.id)) throw invalid(`${field}.id`, `"${input.id}" appears twice`);
    seen.add(input.id);
    checkText(`${field}.label`, input.label, LABEL_MAX);
    if (input.description !== null) checkText(`${field}.description`, input.description, DESCRIPTION_MAX);
  });
  if (submitted.length < MINIMUM_ACTIVE[kind]) {
    throw invalid(kind, `needs at least ${MINIMUM_ACTIVE[kind]} active entries`);
  }
  if (kind === 'themes' && !seen.has(FREE_TEXT_THEME_ID)) {
    throw invalid(kind, `must keep "${FREE_TEXT_THEME_ID}", the theme members write themselves`);
  }
  const active = submitted.map((input) => ({ ...input, retired: false }));
  const retired = current
    .filter((entry) => !seen.has(entry.id))
    .map((entry) => ({ ...entry, retired: true }));
  return [...active, ...retired];
}

/** The label of an entry, retired or not; an id the catalog never had is shown as itself. */
export function catalogLabel(catalog: Catalog, kind: CatalogKind, id: string): LocalizedText {
  return catalog[kind].find((entry) => entry.id === id)?.label ?? { ja: id, en: id };
}
