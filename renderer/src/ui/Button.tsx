import { Button as AriaButton, type ButtonProps as AriaButtonProps, Link as AriaLink, type LinkProps as AriaLinkProps } from 'react-aria-components';
import './Button.css';

/**
 * primary: the screen's main action; secondary (default): everything else; danger: destroys
 * input; quiet: borderless, for minor actions in a row; link: looks like a link in running text;
 * skip: the skip-to-content link, visible only when focused from the keyboard.
 */
export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet' | 'link' | 'skip';
export type ButtonSize = 'small' | 'medium' | 'large';

interface Look {
  variant?: ButtonVariant | undefined;
  size?: ButtonSize | undefined;
  /** Layout only (margins, placement); the look comes from variant and size. */
  className?: string | undefined;
}

function lookProps({ variant = 'secondary', size = 'medium', className }: Look) {
  return {
    className: className ? `ui-button ${className}` : 'ui-button',
    'data-variant': variant,
    'data-size': size,
  };
}

export type ButtonProps = Omit<AriaButtonProps, 'className'> & Look;

export function Button({ variant, size, className, ...props }: ButtonProps) {
  return <AriaButton {...props} {...lookProps({ variant, size, className })} />;
}

export type ButtonLinkProps = Omit<AriaLinkProps, 'className'> & Look;

/** A link (it navigates) that looks like a button. */
export function ButtonLink({ variant, size, className, ...props }: ButtonLinkProps) {
  return <AriaLink {...props} {...lookProps({ variant, size, className })} />;
}
