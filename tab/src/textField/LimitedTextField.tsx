import { Textarea } from '@fluentui/react-components';
import { LimitedField, type LimitedFieldProps } from './LimitedField';

export { withinLimit } from './LimitedField';

/** A multi-line text box with the server's limit (see LimitedField). */
export function LimitedTextField(props: LimitedFieldProps & { rows?: number }) {
  return (
    <LimitedField
      {...props}
      control={(control) => (
        <Textarea
          {...control}
          rows={props.rows}
          resize="vertical"
          onChange={(_, data) => props.onChange(data.value)}
        />
      )}
    />
  );
}
