import type { LocalizedText } from './localizedText.js';
import { stageAt, TRUST_STAGE_INDEX } from './stage.js';

/**
 * How to improve each kind of response, following the seed's ladder of mindsets and skills: while a
 * relationship is below trust (信頼), the trust-building mindset (関心, 承認, 期待); from trust upward,
 * the growth skills (質問力, フィードバック力, メンタリング, コーチング, チームビルディング).
 */

export type Rung = 'trust_building' | 'growth';
export type SkillId =
  | 'interest'
  | 'recognition'
  | 'expectation'
  | 'questioning'
  | 'feedback'
  | 'mentoring'
  | 'coaching'
  | 'team_building';

export interface Skill {
  id: SkillId;
  rung: Rung;
  name: LocalizedText;
  /** One concrete thing to do in the next 1on1. */
  practice: LocalizedText;
}

export const SKILLS: Record<SkillId, Skill> = {
  interest: {
    id: 'interest',
    rung: 'trust_building',
    name: { ja: '関心', en: 'Interest' },
    practice: {
      ja: '仕事の話の前に、相手の最近の様子や関心ごとを一つ尋ね、答えを覚えておきましょう。',
      en: 'Before work topics, ask about one thing going on for them lately, and remember the answer.',
    },
  },
  recognition: {
    id: 'recognition',
    rung: 'trust_building',
    name: { ja: '承認', en: 'Recognition' },
    practice: {
      ja: '結果だけでなく、取り組みの過程や工夫を具体的に言葉にして認めましょう。',
      en: 'Name a specific effort or choice they made, not only the result, and acknowledge it.',
    },
  },
  expectation: {
    id: 'expectation',
    rung: 'trust_building',
    name: { ja: '期待', en: 'Expectation' },
    practice: {
      ja: '何を期待しているか、なぜその人に任せたいのかを率直に伝えましょう。',
      en: 'Say plainly what you hope for from them, and why you want them to take it on.',
    },
  },
  questioning: {
    id: 'questioning',
    rung: 'growth',
    name: { ja: '質問力', en: 'Questioning' },
    practice: {
      ja: '「どうしたい？」「何が一番気になる？」のような開かれた質問で、本人の考えを先に引き出しましょう。',
      en: 'Draw out their thinking first with open questions such as "What would you like to do?"',
    },
  },
  feedback: {
    id: 'feedback',
    rung: 'growth',
    name: { ja: 'フィードバック力', en: 'Feedback' },
    practice: {
      ja: '見た事実・それが与えた影響・次への提案の順に、その場で短く伝えましょう。',
      en: 'Give it soon and briefly: what you saw, the effect it had, and one suggestion for next time.',
    },
  },
  mentoring: {
    id: 'mentoring',
    rung: 'growth',
    name: { ja: 'メンタリング', en: 'Mentoring' },
    practice: {
      ja: '自分の経験や失敗談を一例として共有し、どう活かすかは本人に選んでもらいましょう。',
      en: 'Share your own experience, failures included, as one example, and let them choose what to take from it.',
    },
  },
  coaching: {
    id: 'coaching',
    rung: 'growth',
    name: { ja: 'コーチング', en: 'Coaching' },
    practice: {
      ja: '目標・現状・選択肢・次の一歩を本人の言葉で整理し、答えは本人に出してもらいましょう。',
      en: 'Walk through goal, current reality, options and next step in their words; let them find the answer.',
    },
  },
  team_building: {
    id: 'team_building',
    rung: 'growth',
    name: { ja: 'チームビルディング', en: 'Team building' },
    practice: {
      ja: '本人の強みがチームのどこで活きるかを一緒に考え、周りと協力できる場をつくりましょう。',
      en: 'Work out together where their strengths help the team, and create room to work with others on it.',
    },
  },
};

/** How to give each expected response well, on each rung. Ids are those of the default catalog. */
const RESPONSE_ADVICE: Record<string, Record<Rung, LocalizedText>> = {
  listen: {
    trust_building: {
      ja: '助言したくなっても、まず最後まで聞き、「つまり〜ということですね」と要点を言い換えて確かめてから、何か言うかどうかを決めましょう。',
      en: 'Even when advice comes to mind, hear them out, summarise back what you heard ("So what you mean is…") and check it before suggesting anything.',
    },
    growth: {
      ja: '要点を言い換えて確かめたうえで、「話してみて今どう感じる？」と問い、本人が自分の気持ちを整理できるようにしましょう。',
      en: 'Summarise back, then ask "How do you feel about it now that you\'ve said it?" so they can sort out their own thoughts.',
    },
  },
  think_together: {
    trust_building: {
      ja: '先に答えを出さず、「どこで迷っている？」と状況を一緒に書き出し、考えを否定せずに受け止めましょう。',
      en: 'Don\'t jump to an answer: map the situation together ("Where are you stuck?") and take their ideas seriously.',
    },
    growth: {
      ja: '選択肢を本人に挙げてもらい、それぞれの利点とリスクを質問で深め、最後に本人が選べるようにしましょう。',
      en: 'Have them list the options, deepen each with questions about upsides and risks, and let them choose.',
    },
  },
  advice: {
    trust_building: {
      ja: '助言の前に、何を試して何に困っているかを確認し、「明日からできること」を一つに絞って伝えましょう。',
      en: 'Before advising, check what they tried and where they are stuck, then give one thing they can do tomorrow.',
    },
    growth: {
      ja: '具体策とその理由を伝えたうえで、本人ならどう応用するかを尋ね、次回に結果を振り返る約束をしましょう。',
      en: 'Give the concrete step and why it works, ask how they would adapt it, and agree to look at the result next time.',
    },
  },
  opinion: {
    trust_building: {
      ja: '意見は「私はこう思う、なぜなら〜」と一つの見方として伝え、違う考えも歓迎すると言葉にしましょう。',
      en: 'Offer your view as one view ("I think…, because…") and say out loud that a different view is welcome.',
    },
    growth: {
      ja: '率直な意見と根拠を伝えたあと、本人の考えとの違いを一緒に比べ、判断は本人に委ねましょう。',
      en: 'Give your candid opinion and its reasons, compare it with theirs together, and leave the call to them.',
    },
  },
  report: {
    trust_building: {
      ja: '報告は途中で遮らずに受け止め、取り組んだこと自体に「ありがとう」と具体的な承認を返しましょう。',
      en: 'Take the report in without interrupting, and thank them for the specific work behind it.',
    },
    growth: {
      ja: '受け止めて認めたうえで、「そこから何を学んだ？」と振り返りを促し、次に活かせる点を一緒に見つけましょう。',
      en: 'After acknowledging it, ask "What did you learn from it?" and find together what to carry forward.',
    },
  },
  decision: {
    trust_building: {
      ja: 'その場で決めるか、いつまでに誰が決めるかを明言し、決めた理由も短く伝えましょう。',
      en: 'Decide on the spot, or say clearly who decides by when, and give your reason in a sentence.',
    },
    growth: {
      ja: '決める前に本人の案を聞き、採用できる部分は取り入れ、決定の理由と次の動きをはっきり伝えましょう。',
      en: 'Ask for their proposal before deciding, use what you can of it, and state the reason and next step clearly.',
    },
  },
};

/** For expected responses a tenant added to its catalog, which have no specific advice. */
const GENERIC_ADVICE: Record<Rung, LocalizedText> = {
  trust_building: {
    ja: '相手が何を期待しているかを冒頭で確かめ、最後に「期待に合っていた？」と一言聞きましょう。',
    en: 'Check at the start what they expect from you, and ask at the end whether it was what they needed.',
  },
  growth: {
    ja: '期待を確かめたうえで、質問で本人の考えを引き出し、終わりに次の一歩を本人の言葉でまとめてもらいましょう。',
    en: 'Confirm what they expect, draw out their thinking with questions, and have them state the next step.',
  },
};

export interface Ladder {
  rung: Rung;
  /** The stage the rung was chosen from; null when the pair has no check-in yet. */
  stageIndex: number | null;
  skills: SkillId[];
}

/**
 * Which rung the advice comes from. Below 信頼, or with no check-in yet, the basics come first;
 * from 信頼 upward, the growth skill that fits the stage: questioning (信頼, 意欲), feedback (気づき),
 * mentoring (アウトプット), coaching and team building (アウトカム).
 */
export function ladderFor(stageIndex: number | null): Ladder {
  if (stageIndex === null || stageIndex < TRUST_STAGE_INDEX) {
    return { rung: 'trust_building', stageIndex, skills: ['interest', 'recognition', 'expectation'] };
  }
  const stage = stageAt(stageIndex);
  const skills: Record<string, SkillId[]> = {
    trust: ['questioning'],
    motivation: ['questioning', 'feedback'],
    insight: ['feedback', 'mentoring'],
    output: ['mentoring', 'coaching'],
    outcome: ['coaching', 'team_building'],
  };
  return { rung: 'growth', stageIndex, skills: skills[stage.id] ?? ['questioning'] };
}

export interface Advice {
  expectedResponseId: string;
  ladder: Ladder;
  text: LocalizedText;
  skills: Skill[];
}

export function adviceFor(expectedResponseId: string, stageIndex: number | null): Advice {
  const ladder = ladderFor(stageIndex);
  const text = RESPONSE_ADVICE[expectedResponseId]?.[ladder.rung] ?? GENERIC_ADVICE[ladder.rung];
  return { expectedResponseId, ladder, text, skills: ladder.skills.map((id) => SKILLS[id]) };
}

/** The stage most of a manager's relationships are at (the lower median), or null with no check-ins. */
export function typicalStage(stages: ReadonlyArray<number | null>): number | null {
  const known = stages.filter((stage): stage is number => stage !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  return known[Math.floor((known.length - 1) / 2)] ?? null;
}

export const RUNG_NAMES: Record<Rung, LocalizedText> = {
  trust_building: { ja: '信頼関係構築のマインドセット', en: 'Trust-building mindset' },
  growth: { ja: '成長促進のスキル', en: 'Growth skills' },
};
