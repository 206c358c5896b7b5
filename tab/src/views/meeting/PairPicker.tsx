import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Person, Role } from '../../api/types';
import { describeError } from '../../components/describeError';
import { meetingText } from '../../i18n/meeting';
import { useNamespace, useT } from '../../i18n/useT';
import { useApi } from '../../session/useSession';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  new: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
});

export interface Candidate {
  pairId: string;
  myRole: Role;
  other: Person;
}

/**
 * "Who is this 1on1 with?": the caller's pairs, and — inside a meeting — a new pair with the
 * other person and the roles chosen.
 */
export function PairPicker(props: {
  candidates: Candidate[];
  inMeeting: boolean;
  meId: string | null;
  onPick(pairId: string): Promise<void>;
  onCreate?(otherUserId: string, myRole: Role): Promise<void>;
}) {
  const styles = useStyles();
  const { t } = useNamespace(meetingText);
  const { t: appT } = useT();
  const api = useApi();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [other, setOther] = useState<string>('');
  const [myRole, setMyRole] = useState<Role>('manager');

  useEffect(() => {
    if (props.onCreate === undefined || query.trim().length < 1) {
      setPeople([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.people(query, controller.signal).then(
        (found) => setPeople(found.people.filter((person) => person.id !== props.meId)),
        () => setPeople([]),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, query, props.onCreate, props.meId]);

  const run = async (work: () => Promise<void>) => {
    setWorking(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
      setWorking(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="pick-title" data-testid="pair-picker">
      <Title3 as="h1" id="pick-title">
        {t('meeting.pick.title')}
      </Title3>
      <Text>{props.inMeeting ? t('meeting.pick.intro') : t('meeting.pick.introBrowser')}</Text>
      {props.candidates.length === 0 && <Text>{t('meeting.pick.none')}</Text>}
      <ul className={styles.list}>
        {props.candidates.map((candidate) => (
          <li key={candidate.pairId}>
            <Button
              appearance="primary"
              disabled={working}
              onClick={() => void run(() => props.onPick(candidate.pairId))}
              data-testid={`pick-pair-${candidate.pairId}`}
              style={{ width: '100%', justifyContent: 'flex-start' }}
            >
              {candidate.myRole === 'member'
                ? t('meeting.pick.withManager', { name: candidate.other.displayName })
                : t('meeting.pick.withMember', { name: candidate.other.displayName })}
            </Button>
          </li>
        ))}
      </ul>
      {props.onCreate !== undefined && (
        <div className={styles.new}>
          <Subtitle2 as="h2">{t('meeting.pick.newTitle')}</Subtitle2>
          <Field label={t('meeting.pick.person')}>
            <Input
              value={query}
              onChange={(_, data) => setQuery(data.value)}
              data-testid="pick-person-search"
            />
          </Field>
          {people.length > 0 && (
            <RadioGroup
              value={other}
              onChange={(_, data) => setOther(data.value)}
              aria-label={t('meeting.pick.person')}
            >
              {people.map((person) => (
                <Radio key={person.id} value={person.id} label={person.displayName} />
              ))}
            </RadioGroup>
          )}
          <Field label={t('meeting.pick.myRole')}>
            <RadioGroup
              value={myRole}
              onChange={(_, data) => setMyRole(data.value === 'member' ? 'member' : 'manager')}
            >
              <Radio value="manager" label={t('meeting.pick.iAmManager')} />
              <Radio value="member" label={t('meeting.pick.iAmMember')} />
            </RadioGroup>
          </Field>
          <Button
            disabled={working || other === ''}
            onClick={() => void run(() => props.onCreate?.(other, myRole) ?? Promise.resolve())}
          >
            {working ? t('meeting.pick.working') : t('meeting.pick.create')}
          </Button>
        </div>
      )}
      {error !== null && <Text role="alert">{describeError(error, appT)}</Text>}
    </section>
  );
}
