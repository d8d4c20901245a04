import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { isoWeek } from '../../../src/react/components/Datepicker/dates.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

const texts = { nb: nb({ 'event.date.title': 'Dato for arrangementet' }) };

function eventDate(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'event-date',
    type: 'Datepicker',
    dataModelBindings: { simpleBinding: 'event.date' },
    textResourceBindings: { title: 'event.date.title' },
    ...extra,
  };
}

const field = () => screen.getByRole('textbox', { name: 'Dato for arrangementet' });

describe('Datepicker', () => {
  it('is a labelled text field that tells the user the format', async () => {
    const { container } = renderForm([eventDate()], { texts });
    expect(field()).toHaveValue('');
    expect(field()).toHaveAccessibleDescription('Skriv datoen som dd.mm.åååå');
    await expectNoAxeViolations(container);
  });

  it('has no label without a title, never its id, and its calendar button still says what it opens', () => {
    const { container } = renderForm([{ ...eventDate(), textResourceBindings: {} }], { texts });
    expect(container.querySelector('label')).toBeNull();
    expect(container.querySelector('[data-componentid]')).not.toHaveTextContent(/event-date|\*/);
    expect(screen.getByRole('button', { name: 'Velg dato i kalender' })).toBeInTheDocument();
  });

  it('stores a typed date as yyyy-MM-dd when timeStamp is false', async () => {
    const { user, submitted } = renderForm([eventDate({ timeStamp: false })], { texts, withSubmit: true });
    await user.type(field(), '17.05.2026');
    expect(field()).toHaveValue('17.05.2026');
    expect(await submitted()).toEqual({ event: { date: '2026-05-17' } });
  });

  it('stores an ISO date-time at local midnight by default', async () => {
    const { user, submitted } = renderForm([eventDate()], { texts, withSubmit: true });
    await user.type(field(), '1.5.2026');
    expect(field()).toHaveValue('01.05.2026');
    const data = (await submitted()) as { event: { date: string } };
    expect(data.event.date).toMatch(/^2026-05-01T00:00:00[+-]\d\d:\d\d$/);
  });

  it('keeps what the user typed when it is not a date, for the validation to point at', async () => {
    const { user, onSubmit } = renderForm([eventDate()], { texts, withSubmit: true });
    await user.type(field(), '31.02.2026');
    expect(field()).toHaveValue('31.02.2026');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(field()).toHaveValue('31.02.2026');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a stored date in the app format', () => {
    renderForm([eventDate({ format: 'MM/dd/yyyy' })], {
      texts,
      initialData: { event: { date: '2026-12-24T00:00:00+01:00' } },
    });
    expect(field()).toHaveValue('12/24/2026');
    expect(field()).toHaveAccessibleDescription('Skriv datoen som mm/dd/åååå');
  });

  it('describes the allowed range, with keywords relative to today', () => {
    renderForm([eventDate({ minDate: 'today', maxDate: '2030-01-01' })], { texts, language: 'en' });
    const today = new Date();
    const shown = [today.getDate(), today.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('.');
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription(
      `Enter the date as dd.mm.yyyy The date must be between ${shown}.${today.getFullYear()} and 01.01.2030.`,
    );
  });

  it('is required for assistive technology and marked with an asterisk', async () => {
    const { container } = renderForm([eventDate({ required: true })], { texts });
    expect(field()).toBeRequired();
    expect(container.querySelector('label')).toHaveTextContent('Dato for arrangementet *');
    await expectNoAxeViolations(container);
  });

  it('cannot be changed when read-only', async () => {
    const { user, submitted } = renderForm([eventDate({ readOnly: true })], {
      texts,
      withSubmit: true,
      initialData: { event: { date: '2026-06-01' } },
    });
    await user.type(field(), '5');
    expect(field()).toHaveValue('01.06.2026');
    expect(await submitted()).toEqual({ event: { date: '2026-06-01' } });
  });
});

withModalDialogs();

describe('Datepicker calendar', () => {
  const openButton = () => screen.getByRole('button', { name: 'Velg Dato for arrangementet i kalender' });

  it('opens a calendar dialog at the stored date, with the stored day pressed', async () => {
    const { user, container } = renderForm([eventDate()], {
      texts,
      initialData: { event: { date: '2026-05-17' } },
    });
    expect(openButton()).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(openButton());
    const dialog = screen.getByRole('dialog', { name: 'Velg dato' });
    expect(within(dialog).getByText('mai 2026')).toBeInTheDocument();
    const day = within(dialog).getByRole('button', { name: 'søndag 17. mai 2026' });
    expect(day).toHaveFocus();
    expect(day.closest('td')).toHaveAttribute('aria-selected', 'true');
    expect(
      within(dialog)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Uke', 'man.', 'tir.', 'ons.', 'tor.', 'fre.', 'lør.', 'søn.']);
    await expectNoAxeViolations(container);
  });

  it('moves with the keyboard and stores the chosen date in the field format', async () => {
    const { user, submitted } = renderForm([eventDate({ timeStamp: false, format: 'dd/MM/yyyy' })], {
      texts,
      withSubmit: true,
      initialData: { event: { date: '2026-01-31' } },
    });
    await user.click(openButton());
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'søndag 1. februar 2026' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{PageDown}');
    expect(screen.getByRole('button', { name: 'søndag 8. mars 2026' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'mandag 2. mars 2026' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(field()).toHaveValue('02/03/2026');
    expect(await submitted()).toEqual({ event: { date: '2026-03-02' } });
  });

  it('does not choose a day outside minDate and maxDate, and Escape closes', async () => {
    const { user } = renderForm([eventDate({ minDate: '2026-05-10', maxDate: '2026-05-20', timeStamp: false })], {
      texts,
    });
    await user.click(openButton());
    const early = screen.getByRole('button', { name: 'lørdag 9. mai 2026' });
    expect(early).toHaveAttribute('aria-disabled', 'true');
    await user.click(early);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(field()).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Neste måned' }));
    expect(screen.getByText('juni 2026')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('heads each week row with its ISO week number, read out as "Week n"', async () => {
    const { user, container } = renderForm([eventDate()], {
      texts: { en: nb({ 'event.date.title': 'Date of the event' }) },
      language: 'en',
      initialData: { event: { date: '2027-01-01' } },
    });
    await user.click(screen.getByRole('button', { name: 'Choose Date of the event in a calendar' }));
    const dialog = screen.getByRole('dialog', { name: 'Choose a date' });
    expect(within(dialog).getAllByRole('columnheader')[0]).toHaveTextContent('Week');
    // 1 January 2027 is a Friday, still in 2026's last week; 4 January starts week 1.
    const headers = within(dialog).getAllByRole('rowheader');
    expect(headers.map((header) => header.querySelector('[aria-hidden="true"]')?.textContent)).toEqual([
      '53',
      '1',
      '2',
      '3',
      '4',
    ]);
    for (const name of ['Week 53', 'Week 1', 'Week 4'])
      expect(within(dialog).getByRole('rowheader', { name })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('has no calendar button when read-only', () => {
    renderForm([eventDate({ readOnly: true })], { texts });
    expect(screen.queryByRole('button', { name: /kalender/ })).not.toBeInTheDocument();
  });
});

describe('isoWeek', () => {
  const week = (text: string) => {
    const [year, month, day] = text.split('-').map(Number);
    return isoWeek({ year, month, day });
  };

  it('puts the days around New Year in the week that holds their Thursday', () => {
    expect(week('2026-12-31')).toBe(53);
    expect(week('2027-01-01')).toBe(53);
    expect(week('2027-01-03')).toBe(53);
    expect(week('2027-01-04')).toBe(1);
    expect(week('2020-12-31')).toBe(53);
    expect(week('2021-01-03')).toBe(53);
    expect(week('2021-01-04')).toBe(1);
    expect(week('2024-12-30')).toBe(1);
    expect(week('2025-12-29')).toBe(1);
    expect(week('2026-12-27')).toBe(52);
  });

  it('counts mid-year weeks, also in years Date.UTC would read as 19xx', () => {
    expect(week('2026-05-17')).toBe(20);
    expect(week('0050-06-15')).toBe(24);
  });
});
