import { type FormEvent, useRef, useState } from 'react';
import { SubmitButton } from '../../../components/forms/submit-button';
import { Alert, Flex, TextAreaField } from '../../../components/ui';
import { describeApiError } from '../../../lib/api/describe-api-error';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useCreateNote } from '../api/create-note';
import { MAX_NOTE_CHARS, type Note, noteLength } from '../api/note';
import { notesMessages } from '../notes-messages';
import '../../../components/ui/styles/text-area.css';

function validate(text: string): string | undefined {
  const length = noteLength(text);
  if (length === 0) return notesMessages.t('notes.writeSomething');
  if (length > MAX_NOTE_CHARS) {
    return notesMessages.t('notes.tooLong', { max: MAX_NOTE_CHARS, length });
  }
  return undefined;
}

/** Writes a new note; what was typed stays until the API has stored it. */
export function NoteForm({ onSaved }: { onSaved: (note: Note) => void }) {
  const create = useCreateNote();
  const { t } = useI18n(notesMessages);
  const [text, setText] = useState('');
  // Whether the last check failed: the problem is worded at each render, in the page's language.
  const [invalid, setInvalid] = useState(false);
  const fieldError = invalid ? validate(text) : undefined;
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const length = noteLength(text);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const problem = validate(text);
    setInvalid(Boolean(problem));
    if (problem) {
      fieldRef.current?.focus();
      return;
    }
    create.mutate(text.trim(), {
      onSuccess: (note) => {
        setText('');
        onSaved(note);
      },
    });
  };

  return (
    <Flex as="form" direction="column" gap="small" noValidate onSubmit={handleSubmit}>
      <TextAreaField
        ref={fieldRef}
        name="text"
        label={t('notes.newNote')}
        rows={3}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (invalid && !validate(event.target.value)) setInvalid(false);
        }}
        descriptiveText={t('notes.length', { length, max: MAX_NOTE_CHARS })}
        isRequired
        hasError={Boolean(fieldError)}
        errorMessage={fieldError}
      />
      {create.isError && (
        <Alert variation="error" heading={t('notes.saveFailed')}>
          {describeApiError(create.error)} {t('notes.textKept')}
        </Alert>
      )}
      <Flex>
        <SubmitButton isLoading={create.isPending} loadingText={t('notes.saving')}>
          {t('notes.save')}
        </SubmitButton>
      </Flex>
    </Flex>
  );
}
