import type { LocalizedText } from '../domain/localizedText.js';

/** The demo organisation `npm start` signs people into. Fixed ids so links and tokens survive restarts. */
export const DEMO_TENANT_ID = 'de000000-0000-4000-8000-000000000001';

export interface DemoPerson {
  id: string;
  displayName: string;
  email: string;
  locale: 'ja' | 'en';
  department: string;
  isAdmin: boolean;
}

const person = (
  n: number,
  displayName: string,
  local: string,
  locale: 'ja' | 'en',
  department: string,
  isAdmin = false,
): DemoPerson => ({
  id: `de000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  displayName,
  email: `${local}@demo.taiwa.example`,
  locale,
  department,
  isAdmin,
});

export const DEMO_PEOPLE = {
  misaki: person(1, '佐藤 美咲', 'misaki.sato', 'ja', 'プロダクト開発部'),
  kenta: person(2, '田中 健太', 'kenta.tanaka', 'ja', 'プロダクト開発部'),
  emily: person(3, 'Emily Clark', 'emily.clark', 'en', 'プロダクト開発部'),
  david: person(4, 'David Miller', 'david.miller', 'en', 'Sales'),
  hanako: person(5, '鈴木 花子', 'hanako.suzuki', 'ja', 'Sales'),
  sho: person(6, '山本 翔', 'sho.yamamoto', 'ja', '人事部', true),
} as const;

export interface DemoPair {
  id: string;
  manager: DemoPerson;
  member: DemoPerson;
}

export const DEMO_PAIRS: readonly DemoPair[] = [
  { id: 'de000000-0000-4000-8000-000000000201', manager: DEMO_PEOPLE.misaki, member: DEMO_PEOPLE.kenta },
  { id: 'de000000-0000-4000-8000-000000000202', manager: DEMO_PEOPLE.misaki, member: DEMO_PEOPLE.emily },
  { id: 'de000000-0000-4000-8000-000000000203', manager: DEMO_PEOPLE.david, member: DEMO_PEOPLE.hanako },
];

/** How the sign-in screen introduces each demo person. */
export function describeDemoPerson(who: DemoPerson): LocalizedText {
  if (who.isAdmin) return { ja: '管理者（人事）', en: 'Admin (HR)' };
  const members = DEMO_PAIRS.filter((pair) => pair.manager.id === who.id).map((pair) => pair.member);
  if (members.length > 0) {
    return {
      ja: `マネージャー（${members.map((m) => `${m.displayName}さん`).join('、')}）`,
      en: `Manager of ${members.map((m) => m.displayName).join(' and ')}`,
    };
  }
  const managers = DEMO_PAIRS.filter((pair) => pair.member.id === who.id).map((pair) => pair.manager);
  return {
    ja: `メンバー（上司: ${managers.map((m) => `${m.displayName}さん`).join('、')}）`,
    en: `Member reporting to ${managers.map((m) => m.displayName).join(' and ')}`,
  };
}

export function demoRoles(who: DemoPerson): Array<'manager' | 'member' | 'admin'> {
  const roles: Array<'manager' | 'member' | 'admin'> = [];
  if (DEMO_PAIRS.some((pair) => pair.manager.id === who.id)) roles.push('manager');
  if (DEMO_PAIRS.some((pair) => pair.member.id === who.id)) roles.push('member');
  if (who.isAdmin) roles.push('admin');
  return roles;
}
