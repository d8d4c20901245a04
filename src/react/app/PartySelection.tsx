import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import { useAppTexts } from './AppTexts.ts';
import { PageHeading } from './PageHeading.tsx';

/** Someone the user may act for, as the party list shows them. */
export interface PartyChoice {
  partyId: string;
  name: string;
  kind: 'person' | 'organisation' | 'subunit' | 'selfIdentified' | 'bankruptcyEstate';
  orgNumber?: string;
  ssn?: string;
  isDeleted?: boolean;
  /** Subunits of an organisation, listed under it. */
  subunits?: readonly PartyChoice[];
}

export interface PartySelectionProps {
  parties: readonly PartyChoice[];
  onSelect(partyId: string): void;
  /** While a choice is being stored: the buttons are disabled, so one click chooses once. */
  busy?: boolean;
  /** The party chosen before may not start this form: say so above the list. */
  notAllowed?: boolean;
}

/**
 * Who the user acts for: a filterable list of persons and organisations, with subunits under
 * their organisation. The filter matches names and numbers; an organisation stays listed when one
 * of its subunits matches, so the match is shown in context.
 */
export function PartySelection({ parties, onSelect, busy = false, notAllowed = false }: PartySelectionProps) {
  const { text } = useAppTexts();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterParties(parties, query), [parties, query]);
  const total = countParties(parties);
  return (
    <section className="skjema-app-page skjema-party-selection">
      <PageHeading>{text('party_selection.title')}</PageHeading>
      {notAllowed && (
        <Alert data-color="warning">
          <Paragraph>{text('party_selection.not_allowed')}</Paragraph>
        </Alert>
      )}
      {parties.length === 0 ? (
        <Paragraph>{text('party_selection.none')}</Paragraph>
      ) : (
        <>
          <Textfield
            label={text('party_selection.filter')}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <Paragraph role="status" data-size="sm">
            {shown.length === 0
              ? text('party_selection.no_match')
              : query.trim() !== '' && text('party_selection.shown', [countParties(shown), total])}
          </Paragraph>
          <PartyList parties={shown} onSelect={onSelect} busy={busy} />
        </>
      )}
    </section>
  );
}

function PartyList({
  parties,
  onSelect,
  busy,
  label,
}: {
  parties: readonly PartyChoice[];
  onSelect(partyId: string): void;
  busy: boolean;
  label?: string;
}) {
  if (parties.length === 0) return null;
  return (
    <ul className="skjema-party-list" aria-label={label}>
      {parties.map((party) => (
        <PartyItem key={party.partyId} party={party} onSelect={onSelect} busy={busy} />
      ))}
    </ul>
  );
}

function PartyItem({ party, onSelect, busy }: { party: PartyChoice; onSelect(partyId: string): void; busy: boolean }) {
  const { text } = useAppTexts();
  const detailsId = useId();
  const number = party.orgNumber
    ? text('party_selection.org_number', [party.orgNumber])
    : party.ssn
      ? text('party_selection.ssn', [party.ssn])
      : undefined;
  const details = [number, party.isDeleted ? text('party_selection.deleted') : undefined].filter(Boolean).join(', ');
  return (
    <li>
      <Button
        variant="secondary"
        className="skjema-party-button"
        aria-describedby={details ? detailsId : undefined}
        disabled={busy}
        onClick={() => onSelect(party.partyId)}
      >
        {party.name}
      </Button>
      {details && (
        <Paragraph id={detailsId} data-size="sm" className="skjema-party-details">
          {details}
        </Paragraph>
      )}
      {party.subunits && party.subunits.length > 0 && (
        <PartyList
          parties={party.subunits}
          onSelect={onSelect}
          busy={busy}
          label={text('party_selection.subunits', [party.name])}
        />
      )}
    </li>
  );
}

/** Parties whose name or number contains the query; an organisation with a matching subunit keeps just those. */
export function filterParties(parties: readonly PartyChoice[], query: string): PartyChoice[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...parties];
  const digits = needle.replace(/\s/g, '');
  const matches = (party: PartyChoice) =>
    party.name.toLocaleLowerCase().includes(needle) ||
    (/^\d+$/.test(digits) && [party.orgNumber, party.ssn].some((number) => number?.includes(digits)));
  const result: PartyChoice[] = [];
  for (const party of parties) {
    if (matches(party)) {
      result.push(party);
      continue;
    }
    const subunits = filterParties(party.subunits ?? [], query);
    if (subunits.length > 0) result.push({ ...party, subunits });
  }
  return result;
}

function countParties(parties: readonly PartyChoice[]): number {
  return parties.reduce((sum, party) => sum + 1 + countParties(party.subunits ?? []), 0);
}
