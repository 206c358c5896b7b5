import { Button, Caption1, Text } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Catalog } from '../../../api/types';
import { describeError } from '../../../components/describeError';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace, useT } from '../../../i18n/useT';
import type { DiceRoll } from '../types';
import { Section } from './Section';

// The die and its tumble are not needed to paint a 1on1 that has no roll yet. Fetched as soon as
// the meeting view's code runs, beside the session's own request, so it is there when a roll shows.
const loadDiceFace = () => import('./DiceFace');
loadDiceFace().catch(() => undefined);
const DiceFace = lazy(() => loadDiceFace().then((m) => ({ default: m.DiceFace })));

/** The die's number for a face: its place among the catalog's dice faces. */
export function faceNumber(catalog: Catalog | null, faceId: string): number {
  const index = catalog?.diceFaces.findIndex((face) => face.id === faceId) ?? -1;
  return index < 0 ? 1 : index + 1;
}

/** Dice talk (サイコロトーク): either person rolls, both see the same face and prompt. */
export function DiceCard(props: {
  latest: DiceRoll | null;
  catalog: Catalog | null;
  disabled: boolean;
  onRoll(): Promise<unknown>;
}) {
  const { t, locale } = useNamespace(meetingText);
  const { t: appT } = useT();
  const [rolling, setRolling] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const roll = async () => {
    setRolling(true);
    setError(null);
    try {
      await props.onRoll();
    } catch (failure) {
      setError(failure);
    } finally {
      setRolling(false);
    }
  };
  const { latest } = props;
  return (
    <Section id="dice-title" title={t('dice.title')} testId="dice">
      {latest === null ? (
        <Text>{t('dice.intro')}</Text>
      ) : (
        <>
          {/* Announced to screen readers in both windows when the other person rolls. */}
          <div
            role="status"
            aria-live="polite"
            data-testid="dice-result"
            data-face={latest.face.id}
            data-seq={latest.seq}
          >
            <span className="visually-hidden">{t('dice.result', { face: latest.face.label[locale] })}</span>
            {/* Should the die still be on its way, the prompt shows on its own for that moment. */}
            <Suspense fallback={<Text lang={locale}>{latest.face.label[locale]}</Text>}>
              <DiceFace
                number={faceNumber(props.catalog, latest.face.id)}
                label={latest.face.label}
                locale={locale}
                seq={latest.seq}
              />
            </Suspense>
          </div>
          <Caption1>{t('dice.rolledBy', { name: latest.rolledBy.displayName, seq: latest.seq })}</Caption1>
        </>
      )}
      <Button
        appearance="primary"
        onClick={roll}
        disabled={rolling || props.disabled}
        data-testid="dice-roll"
      >
        {rolling ? t('dice.rolling') : latest === null ? t('dice.roll') : t('dice.rollAgain')}
      </Button>
      {error !== null && (
        <Text role="alert" style={{ color: 'var(--colorPaletteRedForeground1)' }}>
          {describeError(error, appT)}
        </Text>
      )}
    </Section>
  );
}
