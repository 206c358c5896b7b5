import {
  Caption1,
  Field,
  type FieldProps,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';
import { useT } from '../i18n/useT';
import { limitStatus } from './limitStatus';
import { useCountFormat } from './useCountFormat';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  counter: { alignSelf: 'flex-end', color: tokens.colorNeutralForeground3 },
  counterOver: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** What a limited text box needs; the control itself is chosen by LimitedTextField or LimitedTextInput. */
export interface LimitedFieldProps {
  label: FieldProps['label'];
  value: string;
  onChange(value: string): void;
  /** Characters, from TEXT_LIMITS. */
  limit: number;
  required?: boolean;
  hint?: FieldProps['hint'];
  /** Why the last attempt to send this text was refused; shown until it is sent again. */
  refusal?: string | null;
  /** Another problem with the text (e.g. required), checked by the caller. */
  validationMessage?: string;
  disabled?: boolean;
  placeholder?: string;
  lang?: string;
  id?: string;
  testId?: string;
  onBlur?(): void;
}

/** The props every text control of a limited field takes. */
export interface LimitedControlProps {
  id: string | undefined;
  value: string;
  disabled: boolean | undefined;
  placeholder: string | undefined;
  lang: string | undefined;
  onBlur: (() => void) | undefined;
  'aria-describedby': string | undefined;
  'data-testid': string | undefined;
}

/**
 * A text box with the server's limit: a counter from 80 % of it, a message when the text is too
 * long (the caller refuses to send it), and the reason a write was refused. It never cuts what is
 * typed or pasted — a native maxLength would drop the overflow without a word. The control is
 * passed in so a view that only needs a textarea does not load the input's styles, and back.
 */
export function LimitedField(props: LimitedFieldProps & { control(props: LimitedControlProps): ReactNode }) {
  const styles = useStyles();
  const { t } = useT();
  const number = useCountFormat();
  const counterId = useId();
  const status = limitStatus(props.value, props.limit);
  const messages = [
    status.over > 0 ? t('text.over', { over: number(status.over), limit: number(status.limit) }) : null,
    props.validationMessage ?? null,
    props.refusal ?? null,
  ].filter((message): message is string => message !== null && message !== '');
  const control: LimitedControlProps = {
    id: props.id,
    value: props.value,
    disabled: props.disabled,
    placeholder: props.placeholder,
    lang: props.lang,
    onBlur: props.onBlur,
    'aria-describedby': status.showCounter ? counterId : undefined,
    'data-testid': props.testId,
  };
  return (
    <div className={styles.root}>
      <Field
        label={props.label}
        required={props.required}
        hint={props.hint}
        validationState={messages.length > 0 ? 'error' : 'none'}
        validationMessage={messages.length > 0 ? messages.join(' ') : undefined}
      >
        {props.control(control)}
      </Field>
      {status.showCounter && (
        <Caption1
          id={counterId}
          className={mergeClasses(styles.counter, status.over > 0 && styles.counterOver)}
          data-testid={props.testId === undefined ? undefined : `${props.testId}-counter`}
          data-over={status.over > 0}
        >
          {t('text.counter', { count: number(status.count), limit: number(status.limit) })}
        </Caption1>
      )}
    </div>
  );
}

/** Whether a text can be sent: within its limit (blank is the caller's own rule). */
export function withinLimit(text: string, limit: number): boolean {
  return limitStatus(text, limit).over === 0;
}
