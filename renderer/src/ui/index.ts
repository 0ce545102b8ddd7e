/**
 * The UI kit: the accessible building blocks every feature uses, on react-aria-components. One
 * component per file with its own stylesheet; tokens in theme.css (imported by app/app.css).
 */
export { Badge, WarningFlag, type BadgeTone } from './Badge';
export { Button, ButtonLink, type ButtonProps, type ButtonLinkProps, type ButtonSize, type ButtonVariant } from './Button';
export { Checkbox, CheckboxGroup, type CheckboxProps, type CheckboxGroupProps } from './Checkbox';
export { ChoiceGroup, type Choice, type ChoiceGroupProps } from './ChoiceGroup';
export { ComboBox, type ComboBoxProps } from './ComboBox';
export { DataTable, type DataTableProps } from './DataTable';
export { DateField, type DateFieldProps } from './DateField';
export { Dialog, DialogActions, DialogTrigger, type DialogProps } from './Dialog';
export { EmptyState } from './EmptyState';
export { ErrorMessage, ErrorState } from './ErrorState';
export { FieldDescription, FieldErrorText, FieldLabel } from './Field';
export { Option, OptionSection } from './ListBox';
export { ListState } from './ListState';
export { PageHeader } from './PageHeader';
export { RefusedLink } from './RefusedLink';
export { Select, type SelectOption, type SelectProps } from './Select';
export { SearchField, TextAreaField, TextField, type SearchFieldProps, type TextAreaFieldProps, type TextFieldProps } from './TextField';
export { useRemovalFocus } from './useRemovalFocus';
