import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { meetingText } from '../../../i18n/meeting';
import { useNamespace } from '../../../i18n/useT';
import type { Timing } from '../timing';
import { timingText } from './MeetingHeader';

/**
 * From five minutes before the scheduled end: summarise, write the next topics, book the next 1on1.
 * The title follows the clock ("3 min left", then "5 min over"), never a fixed "5 minutes left".
 */
export function WrapUpNudge(props: { timing: Timing }) {
  const { t } = useNamespace(meetingText);
  const { timing } = props;
  const title =
    timing.phase === 'running' && timing.minutes > 0
      ? t('wrapUp.title', { left: timingText(t, timing) })
      : timing.phase === 'over' && timing.minutes > 0
        ? t('wrapUp.titleOver', { over: timingText(t, timing) })
        : t('wrapUp.titleNow');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="wrap-up">
      <MessageBarBody>
        <MessageBarTitle data-testid="wrap-up-title">{title}</MessageBarTitle>
        <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
          <li>
            <a href="#memos-title">{t('wrapUp.summarise')}</a>
          </li>
          <li>
            <a href="#next-title">{t('wrapUp.nextTopics')}</a>
          </li>
          <li>
            <a href="#book-title">{t('wrapUp.book')}</a>
          </li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
