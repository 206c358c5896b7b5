import { Link } from '@fluentui/react-components';
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './router';

/** An in-app link: a real <a href> (open in new tab works) that navigates without a reload. */
export function AppLink(props: { to: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <Link href={props.to} onClick={onClick}>
      {props.children}
    </Link>
  );
}
