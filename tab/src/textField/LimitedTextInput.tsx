import { Input } from '@fluentui/react-components';
import { LimitedField, type LimitedFieldProps } from './LimitedField';

/** A single-line text box with the server's limit (see LimitedField). */
export function LimitedTextInput(props: LimitedFieldProps) {
  return (
    <LimitedField
      {...props}
      control={(control) => <Input {...control} onChange={(_, data) => props.onChange(data.value)} />}
    />
  );
}
