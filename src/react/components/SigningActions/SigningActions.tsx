import { Alert, Button, Checkbox, Dialog, Link, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useCallback, useId, useRef, useState } from 'react';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { Signee, SigningService, SigningUser } from '../../../core/services/signing.ts';
import type { TaskActionService } from '../../../core/services/taskActions.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { headingLevelOf } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { ServiceNotice } from '../shared/ServiceNotice.tsx';
import { useActionRunner } from '../shared/useActionRunner.ts';
import { useServiceQuery } from '../shared/useServiceQuery.ts';
import { OnBehalfOfChooser } from './OnBehalfOfChooser.tsx';
import { keyOfChoice, signingChoicesOf } from './signingChoices.ts';
import { signingPanelOf, type SigningPanel } from './signingPanel.ts';
import { plainText } from '../../../core/texts/textValues.ts';

interface SigningState {
  user: SigningUser;
  signees: Signee[];
}

const PANEL_COLOR: Record<SigningPanel, string> = {
  error: 'danger',
  sign: 'info',
  submit: 'success',
  awaitingOthers: 'info',
  done: 'success',
};

/**
 * What the current user can do in a signing task: confirm and sign, cancel the signing (after a
 * confirmation dialog), submit once everyone has signed, or learn that nothing more is needed.
 * A user who may sign for several organisations, or for one and also personally, chooses first;
 * a signature for an organisation carries its number.
 * Every text can be replaced through `textResourceBindings`; the built-in ones are the defaults.
 */
export function SigningActions({ node }: SkjemaComponentProps) {
  const signing: SigningService & TaskActionService = useFormServices();
  const { submit } = useFormContext();
  const texts = useTextResolver();
  const runner = useActionRunner();
  const text = useBoundTexts(node);
  const checkboxDescription = useNodeText(node, 'checkboxDescription');
  const load = useCallback(
    () =>
      Promise.all([signing.fetchSigningUser(), signing.listSignees()]).then(([user, signees]): SigningState => ({
        user,
        signees,
      })),
    [signing],
  );
  const { result, reload } = useServiceQuery<SigningState>(load);
  const [confirmed, setConfirmed] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(false);
  const [chosenKey, setChosenKey] = useState<string>();
  const [mustChoose, setMustChoose] = useState(false);
  const firstChoiceRef = useRef<HTMLInputElement>(null);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [rejected, setRejected] = useState(false);
  const [failed, setFailed] = useState(false);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const dialogHeadingId = useId();
  const checkboxErrorId = `${node.id}-confirm-error`;
  const level = headingLevelOf(node);

  if (result.status === 'loading') return <ServiceNotice kind="info" textKey="general.loading" />;
  if (result.status === 'failed') return <ServiceNotice kind="error" textKey="signing.load_failed" />;
  const { user, signees } = result.value;
  const panel = rejected ? 'done' : signingPanelOf(user, signees);
  const choices = signingChoicesOf(user);
  // With one choice there is nothing to choose; a choice no longer offered does not count.
  const signingFor = choices.length === 1 ? choices[0] : choices.find((choice) => keyOfChoice(choice) === chosenKey);

  const perform = (action: () => Promise<unknown>, after: () => void) =>
    runner.run(async () => {
      setFailed(false);
      try {
        await action();
        after();
        reload();
      } catch (error) {
        setFailed(true);
        throw error;
      }
    });
  const sign = () => {
    const missingChoice = choices.length > 1 && signingFor === undefined;
    setMustChoose(missingChoice);
    setMustConfirm(!confirmed);
    // Focus goes to the first thing left to do, in the order the panel shows them.
    if (missingChoice) firstChoiceRef.current?.focus();
    else if (!confirmed) checkboxRef.current?.focus();
    if (missingChoice || !confirmed) return;
    const action =
      signingFor === undefined || signingFor.personally
        ? () => signing.performTaskAction('sign')
        : () => signing.performTaskAction('sign', { onBehalfOf: signingFor.organisation.orgNumber });
    perform(action, () => {
      setConfirmed(false);
      setChosenKey(undefined);
    });
  };
  const reject = () =>
    perform(
      () => signing.performTaskAction('reject'),
      () => {
        setRejectOpen(false);
        setRejected(true);
      },
    );

  let title: string;
  let description: string | undefined;
  if (panel === 'error') [title, description] = [text('errorPanelTitle'), text('errorPanelDescription')];
  else if (panel === 'sign') [title, description] = [text('awaitingSignaturePanelTitle'), undefined];
  else if (panel === 'submit') [title, description] = [text('submitPanelTitle'), text('submitPanelDescription')];
  else if (panel === 'awaitingOthers') {
    title = text('awaitingOtherSignaturesPanelTitle');
    description = text(
      user.hasSigned
        ? 'awaitingOtherSignaturesPanelDescriptionSigned'
        : 'awaitingOtherSignaturesPanelDescriptionNotSigning',
    );
  } else {
    title = text(user.hasSigned ? 'noActionRequiredPanelTitleHasSigned' : 'noActionRequiredPanelTitleNotSigned');
    description = text(
      user.hasSigned ? 'noActionRequiredPanelDescriptionHasSigned' : 'noActionRequiredPanelDescriptionNotSigned',
    );
  }
  const inbox = user.inboxUrl && isSafeUrl(user.inboxUrl) ? user.inboxUrl : undefined;

  return (
    <section id={node.id} aria-labelledby={headingId}>
      <Alert data-color={PANEL_COLOR[panel]} className="skjema-signing-panel">
        <Heading id={headingId} level={level} data-size="xs">
          <Markdown text={title} inline />
        </Heading>
        {description !== undefined && (
          <Paragraph asChild>
            <div>
              <Markdown text={description} />
            </div>
          </Paragraph>
        )}
        {panel === 'sign' && (
          <>
            {choices.length > 1 && (
              <OnBehalfOfChooser
                id={`${node.id}-on-behalf-of`}
                choices={choices}
                chosen={signingFor && keyOfChoice(signingFor)}
                onChoose={(key) => {
                  setChosenKey(key);
                  setMustChoose(false);
                }}
                missing={mustChoose}
                firstRadioRef={firstChoiceRef}
              />
            )}
            <Checkbox
              ref={checkboxRef}
              id={`${node.id}-confirm`}
              label={<Markdown text={text('checkboxLabel')} inline />}
              description={
                checkboxDescription !== undefined ? <Markdown text={checkboxDescription} inline /> : undefined
              }
              checked={confirmed}
              onChange={(event) => {
                setConfirmed(event.target.checked);
                if (event.target.checked) setMustConfirm(false);
              }}
              aria-invalid={mustConfirm || undefined}
              aria-describedby={mustConfirm ? checkboxErrorId : undefined}
            />
            {mustConfirm && (
              <ValidationMessage id={checkboxErrorId}>{texts.resolve('signing.checkbox_required')}</ValidationMessage>
            )}
            <div className="skjema-task-buttons">
              <Button type="button" variant="primary" aria-busy={runner.busy || undefined} onClick={sign}>
                {plainText(text('signingButton'))}
              </Button>
              {user.mayReject && (
                <Button type="button" variant="secondary" data-color="danger" onClick={() => setRejectOpen(true)}>
                  {plainText(text('rejectModalTriggerButton'))}
                </Button>
              )}
            </div>
          </>
        )}
        {panel === 'submit' && (
          <div className="skjema-task-buttons">
            <Button type="button" variant="primary" onClick={submit}>
              {plainText(text('submitButton'))}
            </Button>
          </div>
        )}
        {panel === 'done' && inbox && (
          <Paragraph>
            <Link href={inbox}>{plainText(text('noActionRequiredButton'))}</Link>
          </Paragraph>
        )}
      </Alert>
      <div role="status">{rejected && <Paragraph data-size="sm">{texts.resolve('signing.rejected')}</Paragraph>}</div>
      {failed && <ValidationMessage role="alert">{texts.resolve('signing.action_failed')}</ValidationMessage>}
      {user.mayReject && (
        <Dialog
          open={rejectOpen}
          onClose={() => setRejectOpen(false)}
          closeButton={false}
          aria-labelledby={dialogHeadingId}
        >
          <Heading id={dialogHeadingId} level={level} data-size="xs">
            <Markdown text={text('rejectModalTitle')} inline />
          </Heading>
          <Paragraph asChild>
            <div>
              <Markdown text={text('rejectModalDescription')} />
            </div>
          </Paragraph>
          {failed && <ValidationMessage>{texts.resolve('signing.action_failed')}</ValidationMessage>}
          <div className="skjema-task-buttons">
            <Button
              type="button"
              variant="primary"
              data-color="danger"
              aria-busy={runner.busy || undefined}
              onClick={reject}
            >
              {plainText(text('rejectModalButton'))}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setRejectOpen(false)}>
              {plainText(text('rejectModalCloseButton'))}
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** Built-in defaults for the text resource bindings. */
const DEFAULT_TEXTS = {
  awaitingSignaturePanelTitle: 'signing.awaiting_signature_title',
  checkboxLabel: 'signing.checkbox_label',
  signingButton: 'signing.sign',
  noActionRequiredPanelTitleHasSigned: 'signing.done_signed_title',
  noActionRequiredPanelTitleNotSigned: 'signing.done_not_signed_title',
  noActionRequiredPanelDescriptionHasSigned: 'signing.done_signed_description',
  noActionRequiredPanelDescriptionNotSigned: 'signing.done_not_signed_description',
  noActionRequiredButton: 'signing.go_to_inbox',
  awaitingOtherSignaturesPanelTitle: 'signing.awaiting_others_title',
  awaitingOtherSignaturesPanelDescriptionNotSigning: 'signing.awaiting_others_not_signing',
  awaitingOtherSignaturesPanelDescriptionSigned: 'signing.awaiting_others_signed',
  submitPanelTitle: 'signing.submit_title',
  submitPanelDescription: 'signing.submit_description',
  submitButton: 'signing.submit',
  errorPanelTitle: 'signing.error_title',
  errorPanelDescription: 'signing.error_description',
  rejectModalTitle: 'signing.reject_title',
  rejectModalDescription: 'signing.reject_description',
  rejectModalButton: 'signing.reject_confirm',
  rejectModalCloseButton: 'signing.reject_close',
  rejectModalTriggerButton: 'signing.reject_trigger',
} as const;

type SigningTextKey = keyof typeof DEFAULT_TEXTS;

/**
 * The bound text for each binding, evaluated for the node (expressions included), else the
 * built-in default. One function rather than 22 hooks, since the panel shows only a few of them.
 */
function useBoundTexts(node: SkjemaComponentProps['node']): (key: SigningTextKey) => string {
  useNodeVersion(node);
  const texts = useTextResolver();
  return (key) => {
    const bound = node.evaluate(`textResourceBindings.${key}`, 'string', null);
    // Marked for the panels' Markdown; button labels take it through `plainText`.
    return texts.resolve(bound || DEFAULT_TEXTS[key], { rowIndices: node.rowIndices, markValues: true });
  };
}
