import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/useT';

// The booking flow is needed only once someone chooses to book, so it loads then.
const NextBooking = lazy(() => import('../booking').then((m) => ({ default: m.NextBooking })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  panel: {
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
});

/**
 * After an ended 1on1 with nothing booked yet: the offer to book the next one (either person may),
 * which opens the calendar booking in place.
 */
export function BookNextOffer(props: {
  pairId: string;
  /** The ended 1on1 the next one follows. */
  sessionId: string;
  open: boolean;
  onToggle(): void;
  onBooked(): void;
}) {
  const styles = useStyles();
  const { t } = useT();
  const panelId = `book-next-${props.pairId}`;
  return (
    <div className={styles.root} data-testid="book-next-offer">
      <Text>{t('pair.bookNextPrompt')}</Text>
      <div className={styles.row}>
        <Button
          appearance={props.open ? 'secondary' : 'primary'}
          aria-expanded={props.open}
          aria-controls={props.open ? panelId : undefined}
          onClick={props.onToggle}
          data-testid="book-next-toggle"
        >
          {props.open ? t('pair.bookNextClose') : t('pair.bookNext')}
        </Button>
      </div>
      {props.open && (
        <div id={panelId} className={styles.panel}>
          <Suspense fallback={<Spinner size="tiny" label={t('app.loading')} labelPosition="after" />}>
            <NextBooking sessionId={props.sessionId} onBooked={props.onBooked} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
