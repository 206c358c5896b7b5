import { MessageBar, MessageBarBody, makeStyles, Title2, tokens } from '@fluentui/react-components';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { AppLink } from '../router/AppLink';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '640px' },
});

/** /meeting until the in-meeting view exists: says so plainly instead of showing a broken page. */
export function MeetingPlaceholder() {
  const styles = useStyles();
  const { t } = useT();
  useNotifyReady();
  return (
    <section className={styles.root} aria-labelledby="meeting-title" data-testid="meeting-placeholder">
      <Title2 as="h1" id="meeting-title">
        {t('meeting.title')}
      </Title2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('meeting.placeholder')}</MessageBarBody>
      </MessageBar>
      <AppLink to="/">{t('meeting.home')}</AppLink>
    </section>
  );
}
