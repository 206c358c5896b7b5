import type { LocalizedText } from './localizedText.js';

/**
 * The relationship stage model of the seed: 16 statements the member answers about their manager,
 * grouped into levels that climb from wariness (警戒) to better outcomes (アウトカム向上).
 * Statements 1–2 describe distrust; 3–16 describe progress.
 */

export const STAGE_IDS = [
  'wariness',
  'suspicion',
  'easing',
  'opening_up',
  'reliance',
  'trust',
  'motivation',
  'insight',
  'output',
  'outcome',
] as const;
export type StageId = (typeof STAGE_IDS)[number];
/** The stage's position on the ladder, 0 (警戒) to 9 (アウトカム向上); stored in `checkins.stage`. */
export type StageIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export interface Stage {
  index: StageIndex;
  id: StageId;
  name: LocalizedText;
  /** The statements (1-based) that belong to this level. */
  statements: readonly number[];
  /** Distrust levels are reached by agreeing with their statement; progress levels by their statements holding. */
  kind: 'distrust' | 'progress';
}

export const STAGES: readonly Stage[] = [
  { index: 0, id: 'wariness', name: { ja: '警戒', en: 'Wariness' }, statements: [1], kind: 'distrust' },
  { index: 1, id: 'suspicion', name: { ja: '疑心', en: 'Suspicion' }, statements: [2], kind: 'distrust' },
  { index: 2, id: 'easing', name: { ja: '緩和', en: 'Easing' }, statements: [3], kind: 'progress' },
  {
    index: 3,
    id: 'opening_up',
    name: { ja: '開襟', en: 'Opening up' },
    statements: [4, 5],
    kind: 'progress',
  },
  { index: 4, id: 'reliance', name: { ja: '信用', en: 'Reliance' }, statements: [6, 7, 8], kind: 'progress' },
  { index: 5, id: 'trust', name: { ja: '信頼', en: 'Trust' }, statements: [9, 10, 11, 12], kind: 'progress' },
  {
    index: 6,
    id: 'motivation',
    name: { ja: '意欲の維持・向上', en: 'Sustained motivation' },
    statements: [13],
    kind: 'progress',
  },
  {
    index: 7,
    id: 'insight',
    name: { ja: '気づきや学びの獲得', en: 'Insight and learning' },
    statements: [14],
    kind: 'progress',
  },
  {
    index: 8,
    id: 'output',
    name: { ja: 'アウトプット改善', en: 'Better output' },
    statements: [15],
    kind: 'progress',
  },
  {
    index: 9,
    id: 'outcome',
    name: { ja: 'アウトカム向上', en: 'Better outcomes' },
    statements: [16],
    kind: 'progress',
  },
];

/** The 16 statements, in our own words; index 0 is statement 1. */
export const STATEMENTS: readonly LocalizedText[] = [
  {
    ja: '上司は自分にとって不利になることをしようとしている気がする',
    en: 'I feel my manager is out to work against me',
  },
  {
    ja: '上司と一対一で話す場面は、できれば避けたい',
    en: "I'd rather avoid talking with my manager one on one",
  },
  {
    ja: '上司が自分のために動こうとしてくれているのが伝わってくる',
    en: 'I can tell my manager means to act in my interest',
  },
  { ja: '上司がどんな人なのか、もっと知りたいと思う', en: 'I want to get to know my manager as a person' },
  {
    ja: '仕事に直接関係のない話も上司とできている',
    en: 'I can talk with my manager about things beyond work',
  },
  {
    ja: '上司が実際に自分のために動いてくれていると感じる',
    en: 'I see my manager actually doing things for me',
  },
  { ja: '上司がどんな人なのか、自分なりにつかめている', en: 'I have my own sense of who my manager is' },
  { ja: '上司は自分の人柄をわかってくれていると感じる', en: 'I feel my manager understands who I am' },
  {
    ja: '困りごとや悩みをため込まず、率直に上司に話せている',
    en: 'I tell my manager openly about problems and worries instead of bottling them up',
  },
  {
    ja: '上司に本音を話すと、自分の気持ちや考えが前に進むと感じる',
    en: 'Being candid with my manager moves my feelings and thinking forward',
  },
  {
    ja: '上司に本音を話すことが、自分の成長につながっていると感じる',
    en: 'Being candid with my manager helps me grow',
  },
  {
    ja: '自分のために、これからも上司と対話を続けたいと思う',
    en: 'For my own sake, I want to keep having these conversations with my manager',
  },
  {
    ja: '上司との対話が、仕事への意欲を保ったり高めたりすることにつながっている',
    en: 'Talking with my manager keeps up or lifts my motivation for work',
  },
  {
    ja: '上司との対話で、意欲だけでなく新しい気づきや学びも得られている',
    en: 'Beyond motivation, talking with my manager gives me new insights and learning',
  },
  {
    ja: '上司との対話で得た気づきが、仕事の進め方や行動の改善に実際につながっている',
    en: 'Insights from talking with my manager actually improve how I work',
  },
  {
    ja: '上司との対話が、自分の成果の向上につながっていると感じる',
    en: 'Talking with my manager leads to better results in my work',
  },
];

export const STATEMENT_COUNT = 16;
/** The 5-point scale: 1 disagree … 5 agree. */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;
/** A progress statement holds from this answer up; a distrust statement is agreed with from it too. */
export const HOLDS_FROM = 4;

export const TRUST_STAGE_INDEX: StageIndex = 5;

export interface StageResult {
  stage: Stage;
  /**
   * Why the climb stopped here: for a distrust stage, the distrust statement agreed with; otherwise
   * the statements of the next level that do not hold yet. Empty at the top of the ladder.
   */
  blockingStatements: number[];
  reason: 'agrees_with_distrust' | 'next_level_not_reached' | 'top';
}

export function stageAt(index: number): Stage {
  const stage = STAGES[index];
  if (stage === undefined) throw new RangeError(`no stage ${index}`);
  return stage;
}

/**
 * The documented, deterministic stage rule.
 *
 * 1. Agreeing (4 or 5) with statement 1 puts the relationship at 警戒, whatever else was answered.
 * 2. Otherwise agreeing with statement 2 puts it at 疑心.
 * 3. Otherwise the relationship climbs from 疑心 through the progress levels 緩和 … アウトカム向上, one
 *    level at a time, while every statement of the next level holds (answered 4 or 5), and stops at the
 *    first level that does not: a level is never skipped, even when higher statements hold.
 *
 * So a member who agrees with no distrust statement but for whom statement 3 does not hold yet
 * is still at 疑心: suspicion has not yet eased.
 */
export function scoreStage(answers: readonly number[]): StageResult {
  const answer = (statement: number) => answers[statement - 1] ?? ANSWER_MIN;
  if (answer(1) >= HOLDS_FROM)
    return { stage: stageAt(0), blockingStatements: [1], reason: 'agrees_with_distrust' };
  if (answer(2) >= HOLDS_FROM)
    return { stage: stageAt(1), blockingStatements: [2], reason: 'agrees_with_distrust' };
  let reached = stageAt(1);
  for (const next of STAGES.slice(2)) {
    const notHolding = next.statements.filter((statement) => answer(statement) < HOLDS_FROM);
    if (notHolding.length > 0)
      return { stage: reached, blockingStatements: notHolding, reason: 'next_level_not_reached' };
    reached = next;
  }
  return { stage: reached, blockingStatements: [], reason: 'top' };
}

/** "You are here because …", in both languages, for the member's own view. */
export function explainStage(result: StageResult): LocalizedText {
  const { stage, blockingStatements, reason } = result;
  const ja = blockingStatements.map((n) => `${n}`).join('・');
  const en = listEn(blockingStatements);
  switch (reason) {
    case 'top':
      return {
        ja: `すべての文があてはまっているので、最上段の「${stage.name.ja}」にいます。`,
        en: `Every statement holds, so you are at the top: ${stage.name.en}.`,
      };
    case 'agrees_with_distrust':
      return {
        ja: `文${ja}に「そう思う」と答えたので、「${stage.name.ja}」にいます。`,
        en: `You are at ${stage.name.en} because you agree with statement ${en}.`,
      };
    case 'next_level_not_reached': {
      const next = stageAt(stage.index + 1);
      const plural = blockingStatements.length > 1;
      return {
        ja: `文${ja}がまだあてはまらないので、「${next.name.ja}」の手前の「${stage.name.ja}」にいます。`,
        en: `You are at ${stage.name.en} because statement${plural ? 's' : ''} ${en} ${plural ? 'do' : 'does'} not hold yet, which ${next.name.en} needs.`,
      };
    }
  }
}

function listEn(numbers: readonly number[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}
