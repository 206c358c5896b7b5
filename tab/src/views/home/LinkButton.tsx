import { Button, type ButtonProps } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../../router/router';

/** A button-looking in-app link: a real <a href> (open in new tab works) that navigates in place. */
export function LinkButton(props: {
  to: string;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <Button
      as="a"
      href={props.to}
      onClick={onClick}
      appearance={props.appearance ?? 'secondary'}
      size={props.size ?? 'medium'}
      aria-label={props['aria-label']}
      data-testid={props['data-testid']}
    >
      {props.children}
    </Button>
  );
}
