import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMeetingT } from '../messages';

/** Five minutes before the scheduled end: summarise, write the next topics, book the next 1on1. */
export function WrapUpNudge() {
  const { t } = useMeetingT();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="wrap-up">
      <MessageBarBody>
        <MessageBarTitle>{t('wrapUp.title')}</MessageBarTitle>
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
