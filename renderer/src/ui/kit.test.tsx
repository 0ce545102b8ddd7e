// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Badge, Button, ButtonLink, Checkbox, CheckboxGroup, ChoiceGroup, ComboBox, DateField, Dialog, DialogActions, DialogTrigger, EmptyState, ErrorMessage, ErrorState, Option, PageHeader, SearchField, Select, TextAreaField, TextField } from './index';

afterEach(cleanup);

// jsdom has no CSS.escape; react-aria uses it when a popover or modal opens.
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (char) => `\\${char}`);

/** The texts of the elements an element's aria-describedby points to, in order. */
function descriptionOf(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
}

const noop = () => undefined;

describe('TextField', () => {
  it('names the input by its visible label and links description and error', () => {
    render(<TextField name="phone" label="Telefoon" value="06-1234567a" onChange={noop} description="Alleen cijfers" error="Ongeldig nummer" />);
    const input = screen.getByRole('textbox', { name: 'Telefoon' });
    expect(descriptionOf(input)).toEqual(['Alleen cijfers', 'Ongeldig nummer']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.closest('.ui-field')?.hasAttribute('data-invalid')).toBe(true);
  });

  it('is valid, shows no error and offers no autocomplete or spell-check without an error', () => {
    render(<TextField name="name" label="Naam" value="" onChange={noop} />);
    const input = screen.getByRole('textbox', { name: 'Naam' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');
  });

  it('reports typed text through onChange', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return (
        <>
          <TextField name="name" label="Naam" value={value} onChange={setValue} />
          <output>{value}</output>
        </>
      );
    }
    render(<Controlled />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Naam' }), 'Olena');
    expect(screen.getByRole('status').textContent).toBe('Olena');
  });
});

describe('TextAreaField', () => {
  it('links description, hint-free error and marks the text area invalid', () => {
    render(<TextAreaField name="question" label="Vraag" value="" onChange={noop} description="Wat vraagt de bezoeker?" error="Vul de vraag in" isRequired />);
    const area = screen.getByRole('textbox', { name: 'Vraag' });
    expect(area.tagName).toBe('TEXTAREA');
    expect(descriptionOf(area)).toEqual(['Wat vraagt de bezoeker?', 'Vul de vraag in']);
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(area.getAttribute('aria-required')).toBe('true');
  });
});

describe('SearchField', () => {
  it('is a searchbox named by its label with its description linked', () => {
    render(<SearchField label="Zoek een zaak" value="" onChange={noop} description="Nummer of naam" />);
    const box = screen.getByRole('searchbox', { name: 'Zoek een zaak' });
    expect(descriptionOf(box)).toEqual(['Nummer of naam']);
    expect(box.getAttribute('autocomplete')).toBe('off');
  });
});

describe('ChoiceGroup', () => {
  const options = [
    { id: 'balie', label: 'Balie' },
    { id: 'telefoon', label: 'Telefoon', description: 'Met timer' },
    { id: 'post', label: 'Post', isDisabled: true },
  ];

  it('is a radio group named by its label, with description and error linked and invalid state', () => {
    render(<ChoiceGroup label="Kanaal" value="balie" onChange={noop} options={options} description="Standaard: balie" error="Kies een kanaal" />);
    const group = screen.getByRole('radiogroup', { name: 'Kanaal' });
    expect(descriptionOf(group)).toEqual(['Standaard: balie', 'Kies een kanaal']);
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(within(group).getByRole('radio', { name: /Balie/ })).toHaveProperty('checked', true);
    expect(within(group).getByRole('radio', { name: /Post/ })).toHaveProperty('disabled', true);
  });

  it('moves the choice with the arrow keys', async () => {
    function Controlled() {
      const [value, setValue] = useState<'balie' | 'telefoon' | 'post'>('balie');
      return <ChoiceGroup label="Kanaal" value={value} onChange={setValue} options={options as never} />;
    }
    render(<Controlled />);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Balie/ }));
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: /Telefoon/ })).toHaveProperty('checked', true);
  });
});

describe('Checkbox', () => {
  it('is a checkbox named by its content, announcing its shortcut', async () => {
    function Controlled() {
      const [on, setOn] = useState(false);
      return (
        <Checkbox isSelected={on} onChange={setOn} shortcut="Alt+T">
          Terugbellen
        </Checkbox>
      );
    }
    render(<Controlled />);
    const box = screen.getByRole('checkbox', { name: 'Terugbellen' });
    expect(box.getAttribute('aria-keyshortcuts')).toBe('Alt+T');
    await userEvent.click(box);
    expect(box).toHaveProperty('checked', true);
    expect(box.closest('.ui-checkbox')?.hasAttribute('data-selected')).toBe(true);
  });

  it('in a group: the group is named by its label with its description linked', () => {
    render(
      <CheckboxGroup label="Toegankelijkheid" value={['tolk']} onChange={noop} description="Wat helpt de bezoeker?">
        <Checkbox value="tolk">Tolk nodig</Checkbox>
        <Checkbox value="rolstoel">Rolstoel</Checkbox>
      </CheckboxGroup>,
    );
    const group = screen.getByRole('group', { name: 'Toegankelijkheid' });
    expect(descriptionOf(group)).toEqual(['Wat helpt de bezoeker?']);
    expect(within(group).getByRole('checkbox', { name: 'Tolk nodig' })).toHaveProperty('checked', true);
    expect(within(group).getByRole('checkbox', { name: 'Rolstoel' })).toHaveProperty('checked', false);
  });
});

describe('Select', () => {
  it('names its button by the label and links description and error', () => {
    render(<Select name="topic" label="Onderwerp" value="" onChange={noop} options={[{ id: 'afval', label: 'Afval' }]} placeholder="Geen" description="Voor de statistiek" error="Kies een onderwerp" />);
    const button = screen.getByRole('button', { name: /Onderwerp/ });
    expect(button.textContent).toContain('Geen');
    expect(descriptionOf(button)).toEqual(['Voor de statistiek', 'Kies een onderwerp']);
    expect(button.closest('.ui-select')?.hasAttribute('data-invalid')).toBe(true);
  });

  it('chooses an option from the list', async () => {
    function Controlled() {
      const [value, setValue] = useState('');
      return <Select label="Onderwerp" value={value} onChange={setValue} options={[{ id: 'afval', label: 'Afval' }, { id: 'wonen', label: 'Wonen' }]} placeholder="Geen" />;
    }
    render(<Controlled />);
    await userEvent.click(screen.getByRole('button', { name: /Onderwerp/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Wonen' }));
    expect(screen.getByRole('button', { name: /Onderwerp/ }).textContent).toContain('Wonen');
  });
});

describe('ComboBox', () => {
  it('names the input by its label, links the error and marks it invalid', () => {
    render(
      <ComboBox label="Bestuursorgaan" showAllLabel="Toon alle" error="Kies een bestuursorgaan" description="1.500 organen">
        <Option id="a">College</Option>
      </ComboBox>,
    );
    const input = screen.getByRole('combobox', { name: 'Bestuursorgaan' });
    expect(descriptionOf(input)).toEqual(['1.500 organen', 'Kies een bestuursorgaan']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(screen.getByRole('button', { name: /^Toon alle/ })).toBeTruthy();
  });
});

describe('DateField', () => {
  it('is a group named by its label, with description and error linked and invalid state', () => {
    render(<DateField name="received" label="Ontvangen op" value="2026-03-02" onChange={noop} description="De dag van ontvangst" error="Niet in de toekomst" />);
    const group = screen.getByRole('group', { name: 'Ontvangen op' });
    // React Aria adds its own description of the selected date before the field's.
    expect(descriptionOf(group).slice(-2)).toEqual(['De dag van ontvangst', 'Niet in de toekomst']);
    const segments = within(group).getAllByRole('spinbutton');
    expect(segments.map((segment) => segment.getAttribute('aria-invalid'))).toEqual(['true', 'true', 'true']);
    // The form value is the calendar date itself: no time zone can shift it.
    expect(document.querySelector<HTMLInputElement>('input[name="received"]')?.value).toBe('2026-03-02');
  });
});

describe('Button and ButtonLink', () => {
  it('carry variant and size as data attributes and report presses', async () => {
    let pressed = 0;
    render(
      <>
        <Button variant="primary" size="large" onPress={() => pressed++}>
          Opslaan
        </Button>
        <ButtonLink href="#/cases">Zaken</ButtonLink>
      </>,
    );
    const button = screen.getByRole('button', { name: 'Opslaan' });
    expect(button.getAttribute('data-variant')).toBe('primary');
    expect(button.getAttribute('data-size')).toBe('large');
    await userEvent.click(button);
    expect(pressed).toBe(1);
    const link = screen.getByRole('link', { name: 'Zaken' });
    expect(link.getAttribute('data-variant')).toBe('secondary');
    expect(link.getAttribute('href')).toBe('#/cases');
  });

  it('a disabled button does not report presses', async () => {
    let pressed = 0;
    render(
      <Button isDisabled onPress={() => pressed++}>
        Opslaan
      </Button>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(pressed).toBe(0);
    expect(screen.getByRole('button', { name: 'Opslaan' }).hasAttribute('data-disabled')).toBe(true);
  });
});

describe('Dialog', () => {
  it('opens from its trigger as a modal named by its title and closes from an action', async () => {
    render(
      <DialogTrigger>
        <Button>Weggooien</Button>
        <Dialog title="Concept weggooien?" role="alertdialog">
          {({ close }) => (
            <DialogActions>
              <Button onPress={close}>Bewaren</Button>
            </DialogActions>
          )}
        </Dialog>
      </DialogTrigger>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Weggooien' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Concept weggooien?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Bewaren' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('PageHeader, EmptyState, ErrorState, ErrorMessage, Badge', () => {
  it('PageHeader: a level-1 heading the shell can focus, unless it says otherwise', () => {
    const { rerender } = render(<PageHeader title="Zaken" actions={<Button>Nieuw</Button>} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Zaken' }).hasAttribute('data-page-title')).toBe(true);
    rerender(<PageHeader title="Contact" takesFocus={false} hint="Ctrl+Enter slaat op" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Contact' }).hasAttribute('data-page-title')).toBe(false);
    expect(screen.getByText('Ctrl+Enter slaat op')).toBeTruthy();
  });

  it('EmptyState shows its text and its way forward', () => {
    render(<EmptyState action={<ButtonLink href="#/woo/new">Woo-verzoek</ButtonLink>}>Niets gevonden</EmptyState>);
    expect(screen.getByText('Niets gevonden')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Woo-verzoek' })).toBeTruthy();
  });

  it('ErrorState is an alert labelled by its title; ErrorMessage an alert line', () => {
    render(
      <>
        <ErrorState title="Dit scherm werkt niet">
          <p>Uw concepten zijn bewaard.</p>
        </ErrorState>
        <ErrorMessage>Opslaan mislukt</ErrorMessage>
      </>,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(2);
    expect(screen.getByRole('alert', { name: 'Dit scherm werkt niet' })).toBe(alerts[0]);
    expect(alerts[1]!.textContent).toBe('Opslaan mislukt');
  });

  it('Badge carries its tone', () => {
    render(<Badge tone="warn">Wacht</Badge>);
    expect(screen.getByText('Wacht').getAttribute('data-tone')).toBe('warn');
  });
});
