import type { Locale } from '../../i18n/messages';

export interface LegalSection {
  heading: string;
  paragraphs: string[];
}

export interface LegalDocument {
  title: string;
  intro: string;
  sections: LegalSection[];
}

/** When these texts last changed in substance; shown on both pages. */
export const LEGAL_UPDATED = '2026-05-01';

// Kept in step with docs/admin-guide.md §6 ("Data Taiwa stores"): change both together.
export const privacy: Record<Locale, LegalDocument> = {
  en: {
    title: 'Privacy',
    intro:
      'Taiwa helps a manager and a member prepare, hold and follow up their 1on1s. This page says what it stores, who can see it, and where it lives.',
    sections: [
      {
        heading: 'What Taiwa stores',
        paragraphs: [
          'Your Microsoft Entra object id, display name, mail address and language; which manager and member hold 1on1s together; each 1on1’s time, status, Teams meeting and chat ids and calendar event and join link.',
          'What you write in Taiwa: agenda items (themes, expected responses, details), shared memos, private memos, ratings of a 1on1 (すっきり度, impressions, whether each response fit), relationship check-in answers, and, when transcription was on, the meeting transcript.',
          'Your organisation’s catalogs of themes, expected responses and dice talk prompts, and its settings.',
        ],
      },
      {
        heading: 'Who can see it',
        paragraphs: [
          'The agenda and shared memos: only the two people of the pair. A private memo: only the person who wrote it.',
          'A rating: its score only feeds the manager’s aggregated feedback; the impressions reach the manager only if the member chooses to share them.',
          'Admins and HR see organisation-wide figures only as aggregates over groups of at least five people; smaller groups are not shown.',
        ],
      },
      {
        heading: 'Where it is kept, and for how long',
        paragraphs: [
          'In the database of the Taiwa deployment your organisation runs (for example PostgreSQL in its Azure subscription). Every record carries your organisation’s tenant id, and nothing crosses organisations.',
          'Data is kept until your organisation deletes it. Transcripts are deleted after the retention period your admin sets, if one is set. Taiwa does not sell data or use it for advertising.',
        ],
      },
      {
        heading: 'Questions',
        paragraphs: [
          'Ask your organisation’s Microsoft 365 administrator, who installed Taiwa and controls its data.',
        ],
      },
    ],
  },
  ja: {
    title: 'プライバシー',
    intro:
      'Taiwa は、上司と部下が1on1を準備し、実施し、振り返るためのアプリです。このページでは、Taiwa が保存する情報、それを見られる人、保存場所を説明します。',
    sections: [
      {
        heading: 'Taiwa が保存する情報',
        paragraphs: [
          'Microsoft Entra のオブジェクト ID、表示名、メールアドレス、表示言語。どの上司と部下が1on1を行うか。各1on1の日時、状態、Teams の会議 ID とチャット ID、予定表のイベントと参加リンク。',
          'Taiwa に書いた内容: アジェンダ（テーマ、期待する対応、詳しい内容）、共有メモ、非公開メモ、1on1の評価（すっきり度、感想、対応が期待どおりだったか）、関係性チェックの回答、文字起こしが有効だった場合は会議のトランスクリプト。',
          '組織のテーマ・期待する対応・サイコロトークのお題の一覧と、組織の設定。',
        ],
      },
      {
        heading: '見られる人',
        paragraphs: [
          'アジェンダと共有メモは、ペアの2人だけが見られます。非公開メモは、書いた本人だけが見られます。',
          '評価の点数は、上司へのフィードバックの集計にだけ使われます。感想は、部下が共有を選んだ場合にだけ上司に届きます。',
          '管理者や人事が見る組織全体の数値は、5人以上のグループの集計だけです。それより小さいグループは表示されません。',
        ],
      },
      {
        heading: '保存場所と保存期間',
        paragraphs: [
          'あなたの組織が運用する Taiwa のデータベース（例: 組織の Azure サブスクリプション内の PostgreSQL）に保存されます。すべての記録に組織のテナント ID が付き、組織をまたいで共有されることはありません。',
          'データは組織が削除するまで保存されます。トランスクリプトは、管理者が保存期間を設定している場合、その期間が過ぎると削除されます。Taiwa がデータを販売したり広告に使ったりすることはありません。',
        ],
      },
      {
        heading: 'お問い合わせ',
        paragraphs: [
          'Taiwa を導入し、そのデータを管理している組織の Microsoft 365 管理者にお問い合わせください。',
        ],
      },
    ],
  },
};

export const terms: Record<Locale, LegalDocument> = {
  en: {
    title: 'Terms of use',
    intro:
      'These terms apply when you use Taiwa in Microsoft Teams, Outlook, the Microsoft 365 app or a browser.',
    sections: [
      {
        heading: 'Who provides it',
        paragraphs: [
          'Your organisation makes Taiwa available to you and decides who may use it. Its own policies for work tools and personal data apply to what you write here.',
        ],
      },
      {
        heading: 'Using it well',
        paragraphs: [
          'Use Taiwa for 1on1s with the people you are paired with. Write what you would be comfortable with your 1on1 partner reading; keep private memos for notes meant only for yourself.',
          'Hints on how to respond and engagement feedback are suggestions drawn from your organisation’s catalog and from ratings; they are not assessments of anyone’s performance.',
        ],
      },
      {
        heading: 'Availability',
        paragraphs: [
          'Taiwa is provided as is. Your organisation may change its catalogs and settings, or stop offering Taiwa; what happens to the stored data is described on the Privacy page.',
        ],
      },
    ],
  },
  ja: {
    title: '利用規約',
    intro:
      'この規約は、Microsoft Teams・Outlook・Microsoft 365 アプリ・ブラウザーで Taiwa を使うときに適用されます。',
    sections: [
      {
        heading: '提供者',
        paragraphs: [
          'Taiwa はあなたの組織が提供し、だれが使えるかを組織が決めます。ここに書く内容には、業務ツールと個人情報に関する組織の規程が適用されます。',
        ],
      },
      {
        heading: '使い方',
        paragraphs: [
          'Taiwa は、ペアになっている相手との1on1に使ってください。1on1の相手に読まれてもよい内容を書き、自分だけのメモは非公開メモに残してください。',
          '応じ方のヒントや関わり方のフィードバックは、組織のカタログと評価にもとづく提案であり、だれかの業績を評価するものではありません。',
        ],
      },
      {
        heading: '提供について',
        paragraphs: [
          'Taiwa は現状のまま提供されます。組織はカタログや設定を変更したり、Taiwa の提供をやめたりすることがあります。保存されたデータの扱いは「プライバシー」のページに記載しています。',
        ],
      },
    ],
  },
};
