import type { RawComponent } from '../../src/core/index.ts';
import { formOf } from './formOf.ts';
import { textsOf } from './texts.ts';

/** A form title long enough to need three lines on a phone. */
export const LONG_TITLE = 'Søknad om tillatelse til arrangement på offentlig sted med lang overskrift';
/** One word no phone line holds: it may (and must) be broken. */
export const UNBREAKABLE = 'Arrangementstillatelsessøknadsbehandlingsrutiner';

const texts = textsOf({
  appName: [LONG_TITLE, 'Application for a permit to hold an event in a public place, with a long title'],
  'event.header': ['Om arrangementet', 'About the event'],
  'event.intro': ['Fortell oss om arrangementet og hvem som har ansvaret.', 'Tell us about the event.'],
  'contact.title': ['Kontaktperson', 'Contact person'],
  'address.title': ['Adresse', 'Address'],
  'name.title': ['Navn', 'Name'],
  'street.title': ['Gateadresse', 'Street address'],
  'place.header': ['Sted og tidspunkt', 'Place and time'],
  'parking.header': ['Parkering og adkomst', 'Parking and access'],
  'routines.header': [UNBREAKABLE, 'Routines'],
  'guests.title': ['Gjester', 'Guests'],
  'security.title': ['Vakthold', 'Security'],
  'guards.title': ['Vakter', 'Guards'],
});

const input = (id: string, binding: string, title: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: binding },
  textResourceBindings: { title },
});

/**
 * Every kind of heading a page has: Header L/M/S, titled groups nested in each other, a repeating
 * group inside a group without a title (which adds no level), and one in a titled group.
 */
export function headingsForm() {
  return formOf(
    [
      { id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } },
      { id: 'event-intro', type: 'Paragraph', textResourceBindings: { title: 'event.intro' } },
      {
        id: 'contact',
        type: 'Group',
        textResourceBindings: { title: 'contact.title' },
        children: ['contact-name', 'address'],
      },
      input('contact-name', 'contact.name', 'name.title'),
      { id: 'address', type: 'Group', textResourceBindings: { title: 'address.title' }, children: ['street'] },
      input('street', 'contact.street', 'street.title'),
      { id: 'place-header', type: 'Header', size: 'M', textResourceBindings: { title: 'place.header' } },
      { id: 'parking-header', type: 'Header', size: 'S', textResourceBindings: { title: 'parking.header' } },
      { id: 'routines-header', type: 'Header', size: 'S', textResourceBindings: { title: 'routines.header' } },
      { id: 'guest-list', type: 'Group', children: ['guests'] },
      {
        id: 'guests',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'guests' },
        textResourceBindings: { title: 'guests.title' },
        children: ['guest-name'],
      },
      input('guest-name', 'guests.name', 'name.title'),
      { id: 'security', type: 'Group', textResourceBindings: { title: 'security.title' }, children: ['guards'] },
      {
        id: 'guards',
        type: 'RepeatingGroup',
        dataModelBindings: { group: 'guards' },
        textResourceBindings: { title: 'guards.title' },
        children: ['guard-name'],
      },
      input('guard-name', 'guards.name', 'name.title'),
    ],
    { texts },
  );
}
