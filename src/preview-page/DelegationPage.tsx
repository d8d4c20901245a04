import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  FieldsetLegend,
  Heading,
  Label,
  Link,
  Paragraph,
  Radio,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { previewPageTextsFor } from '../core/texts/builtin/previewPage/index.ts';
import { formatDateTime } from '../react/app/formatDate.ts';
import type { PreviewPageConfig } from './config.ts';
import type { ActiveInstance, DelegationApi, DelegationChoices, DelegationView } from './delegationApi.ts';

interface Props {
  config: PreviewPageConfig;
  language: string;
  api: DelegationApi;
}

/** The page's address: the preview page with this hash (the service keeps `#/instance/…`). */
export const DELEGATION_ROUTE = '#/delegations';

type Text = (key: string, ...params: string[]) => string;

function textsFor(language: string): Text {
  const texts = previewPageTextsFor(language, 'nb');
  return (key, ...params) =>
    params.reduce((text, value, index) => text.replaceAll(`{${index}}`, value), texts[key] ?? key);
}

/**
 * The preview's admin page for delegation (`/#/delegations`): the parties the signed-in user
 * administers, the access each has given in this app, a form to give more, and a way to revoke.
 */
export function DelegationPage({ config, language, api }: Props) {
  const text = textsFor(language);
  const [choices, setChoices] = useState<DelegationChoices>();
  const [partyId, setPartyId] = useState<number>();
  const [delegations, setDelegations] = useState<DelegationView[]>([]);
  const [instances, setInstances] = useState<ActiveInstance[]>([]);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');

  const fail = useCallback((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)), []);
  useEffect(() => {
    api
      .choices()
      .then((loaded) => {
        setChoices(loaded);
        setPartyId(loaded.parties[0]?.partyId);
      })
      .catch(fail);
  }, [api, fail]);
  const refresh = useCallback(
    (party: number) => {
      Promise.all([api.list(party), api.activeInstances(party)])
        .then(([given, active]) => {
          setDelegations(given);
          setInstances(active);
        })
        .catch(fail);
    },
    [api, fail],
  );
  useEffect(() => {
    if (partyId !== undefined) refresh(partyId);
  }, [partyId, refresh]);

  const party = choices?.parties.find((candidate) => candidate.partyId === partyId);
  const taskName = (taskId: string) => choices?.tasks.find((task) => task.id === taskId)?.name || taskId;
  const actionName = (action: string) => {
    const key = `preview.delegation.action.${action}`;
    const name = text(key);
    return name === key ? action : name;
  };

  const revoke = (delegation: DelegationView) => {
    setFailure('');
    api
      .revoke(delegation.id)
      .then(() => {
        setStatus(text('preview.delegation.revoked_status', delegation.to.name ?? String(delegation.to.partyId)));
        if (partyId !== undefined) refresh(partyId);
      })
      .catch(fail);
  };

  return (
    <main className="preview-delegation">
      <Paragraph>
        <Link href="/">{text('preview.delegation.back')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {text('preview.delegation.heading')}
      </Heading>
      <Paragraph>{text('preview.delegation.intro', `${config.org}/${config.app}`)}</Paragraph>
      <div role="status" className="preview-delegation-status">
        {status && <Paragraph>{status}</Paragraph>}
      </div>
      {failure && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{text('preview.delegation.failed', failure)}</Paragraph>
        </Alert>
      )}
      {choices && choices.parties.length === 0 && <Paragraph>{text('preview.delegation.no_parties')}</Paragraph>}
      {choices && party && (
        <>
          <Field>
            <Label htmlFor="delegation-party">{text('preview.delegation.party')}</Label>
            <Select
              id="delegation-party"
              value={String(party.partyId)}
              onChange={(event) => {
                setStatus('');
                setPartyId(Number(event.target.value));
              }}
            >
              {choices.parties.map((candidate) => (
                <SelectOption key={candidate.partyId} value={String(candidate.partyId)}>
                  {candidate.name} ({candidate.partyId})
                </SelectOption>
              ))}
            </Select>
          </Field>
          <DelegationTable
            text={text}
            language={language}
            partyName={party.name}
            delegations={delegations}
            actionName={actionName}
            taskName={taskName}
            onRevoke={revoke}
          />
          <GrantForm
            key={party.partyId}
            text={text}
            language={language}
            config={config}
            partyId={party.partyId}
            choices={choices}
            instances={instances}
            actionName={actionName}
            onGrant={async (grant) => {
              setFailure('');
              try {
                const given = await api.grant(grant);
                setStatus(text('preview.delegation.granted_status', given.to.name ?? String(given.to.partyId)));
                refresh(party.partyId);
                return true;
              } catch (error) {
                fail(error);
                return false;
              }
            }}
          />
        </>
      )}
    </main>
  );
}

function DelegationTable(props: {
  text: Text;
  language: string;
  partyName: string;
  delegations: readonly DelegationView[];
  actionName(action: string): string;
  taskName(taskId: string): string;
  onRevoke(delegation: DelegationView): void;
}) {
  const { text, delegations } = props;
  const captionId = useId();
  if (delegations.length === 0) return <Paragraph>{text('preview.delegation.none', props.partyName)}</Paragraph>;
  return (
    <div className="skjema-table-scroll">
      <Table data-size="sm" aria-labelledby={captionId} className="preview-delegation-table">
        <caption id={captionId}>{text('preview.delegation.list_caption', props.partyName)}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{text('preview.delegation.to')}</TableHeaderCell>
            <TableHeaderCell>{text('preview.delegation.scope')}</TableHeaderCell>
            <TableHeaderCell>{text('preview.delegation.rights')}</TableHeaderCell>
            <TableHeaderCell>{text('preview.delegation.granted')}</TableHeaderCell>
            <TableHeaderCell>
              <span className="ds-sr-only">{text('general.actions')}</span>
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {delegations.map((delegation) => {
            const receiver = delegation.to.name ?? String(delegation.to.partyId);
            const rights = delegation.rights.map((right) =>
              right.taskId === null
                ? props.actionName(right.action)
                : text('preview.delegation.in_task', props.actionName(right.action), props.taskName(right.taskId)),
            );
            return (
              <TableRow key={delegation.id}>
                <TableCell data-label={text('preview.delegation.to')}>{receiver}</TableCell>
                <TableCell data-label={text('preview.delegation.scope')}>
                  {delegation.instanceId === null
                    ? text('preview.delegation.scope_app')
                    : `${text('preview.delegation.instance')} ${shortId(delegation.instanceId)}`}
                </TableCell>
                <TableCell data-label={text('preview.delegation.rights')}>{rights.join(', ')}</TableCell>
                <TableCell data-label={text('preview.delegation.granted')}>
                  {formatDateTime(delegation.granted, props.language)}
                </TableCell>
                <TableCell className="preview-delegation-revoke">
                  <Button variant="secondary" data-size="sm" onClick={() => props.onRevoke(delegation)}>
                    {text('preview.delegation.revoke')}{' '}
                    <span className="ds-sr-only">{text('preview.delegation.revoke_named', receiver)}</span>
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** The instance id's guid, cut to what tells instances apart on a screen. */
function shortId(instanceId: string): string {
  return instanceId.split('/')[1]?.slice(0, 8) ?? instanceId;
}

function GrantForm(props: {
  text: Text;
  language: string;
  config: PreviewPageConfig;
  partyId: number;
  choices: DelegationChoices;
  instances: readonly ActiveInstance[];
  actionName(action: string): string;
  onGrant(grant: Parameters<DelegationApi['grant']>[0]): Promise<boolean>;
}) {
  const { text, choices } = props;
  const receivers = props.config.testUsers.filter((user) => user.partyId !== props.partyId);
  const [receiver, setReceiver] = useState(String(receivers[0]?.userId ?? ''));
  const [scope, setScope] = useState<'app' | 'instance'>('app');
  const [instanceId, setInstanceId] = useState('');
  const [actions, setActions] = useState<string[]>([]);
  const [taskId, setTaskId] = useState('');
  const [missing, setMissing] = useState<'' | 'rights' | 'instance'>('');
  const chosenInstance = instanceId || props.instances[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (actions.length === 0) return setMissing('rights');
    if (scope === 'instance' && !chosenInstance) return setMissing('instance');
    setMissing('');
    const granted = await props.onGrant({
      from: { partyId: props.partyId },
      to: { userId: Number(receiver) },
      ...(scope === 'instance' ? { instanceId: chosenInstance } : {}),
      rights: actions.map((action) => (taskId ? { action, taskId } : { action })),
    });
    if (granted) setActions([]);
  };

  return (
    <form className="preview-delegation-form" onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={2} data-size="sm">
        {text('preview.delegation.grant_heading')}
      </Heading>
      <Field>
        <Label htmlFor="delegation-receiver">{text('preview.delegation.to')}</Label>
        <Select id="delegation-receiver" value={receiver} onChange={(event) => setReceiver(event.target.value)}>
          {receivers.map((user) => (
            <SelectOption key={user.userId} value={String(user.userId)}>
              {user.name} ({user.userId})
            </SelectOption>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <FieldsetLegend>{text('preview.delegation.scope')}</FieldsetLegend>
        <Radio
          name="delegation-scope"
          value="app"
          label={text('preview.delegation.scope_app')}
          checked={scope === 'app'}
          onChange={() => setScope('app')}
        />
        <Radio
          name="delegation-scope"
          value="instance"
          label={text('preview.delegation.scope_instance')}
          checked={scope === 'instance'}
          onChange={() => setScope('instance')}
        />
      </Fieldset>
      {scope === 'instance' && (
        <Field>
          <Label htmlFor="delegation-instance">{text('preview.delegation.instance')}</Label>
          {props.instances.length === 0 ? (
            <Paragraph id="delegation-instance">{text('preview.delegation.instance_none')}</Paragraph>
          ) : (
            <Select
              id="delegation-instance"
              value={chosenInstance}
              onChange={(event) => setInstanceId(event.target.value)}
              aria-invalid={missing === 'instance' || undefined}
            >
              {props.instances.map((instance) => (
                <SelectOption key={instance.id} value={instance.id}>
                  {shortId(instance.id)} –{' '}
                  {text(
                    'preview.delegation.instance_label',
                    formatDateTime(instance.lastChanged ?? '', props.language),
                  )}
                </SelectOption>
              ))}
            </Select>
          )}
          {missing === 'instance' && (
            <ValidationMessage>{text('preview.delegation.choose_instance')}</ValidationMessage>
          )}
        </Field>
      )}
      <Fieldset aria-invalid={missing === 'rights' || undefined}>
        <FieldsetLegend>{text('preview.delegation.rights')}</FieldsetLegend>
        <div className="preview-delegation-rights">
          {choices.actions.map((action) => (
            <Checkbox
              key={action}
              value={action}
              label={props.actionName(action)}
              checked={actions.includes(action)}
              onChange={(event) =>
                setActions((chosen) =>
                  event.target.checked ? [...chosen, action] : chosen.filter((other) => other !== action),
                )
              }
            />
          ))}
        </div>
        {missing === 'rights' && <ValidationMessage>{text('preview.delegation.choose_right')}</ValidationMessage>}
      </Fieldset>
      <Field>
        <Label htmlFor="delegation-task">{text('preview.delegation.task')}</Label>
        <Select id="delegation-task" value={taskId} onChange={(event) => setTaskId(event.target.value)}>
          <SelectOption value="">{text('preview.delegation.task_all')}</SelectOption>
          {choices.tasks.map((task) => (
            <SelectOption key={task.id} value={task.id}>
              {task.name || task.id}
            </SelectOption>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit">{text('preview.delegation.grant')}</Button>
      </div>
    </form>
  );
}
