import {
  Button,
  Checkbox,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../client';
import type { SavedView } from '../../../contracts/saved-views';
import { useClient } from '../../api/client-context';
import { useCan } from '../../api/session';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatPortfolioSearch, parsePortfolioSearch } from './portfolio-search';

/** The query in its written form, so two orders of the same filters count as one view. */
const normalised = (query: string) =>
  formatPortfolioSearch(parsePortfolioSearch(new URLSearchParams(query))).toString();

function useSavedViews() {
  const client = useClient();
  return useQuery({ queryKey: ['saved-views', client.org], queryFn: () => client.savedViews.list() });
}

/** Pick a saved view (the user's own and shared ones), save the current one, delete one's own. */
export function SavedViews() {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const views = useSavedViews();
  const canSave = useCan('view.save');
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const current = normalised(params.toString());
  const active = views.data?.find((view) => normalised(view.query) === current);

  const apply = (viewId: string) => {
    const view = views.data?.find((v) => v.id === viewId);
    if (!view) return;
    setParams(new URLSearchParams(view.query));
    setAnnouncement(t('savedViews.applied', { name: view.name }));
  };

  return (
    <div className="saved-views">
      <Field className="saved-views__field">
        <Label htmlFor={`${id}-view`}>{t('savedViews.label')}</Label>
        <Select id={`${id}-view`} value={active?.id ?? ''} onChange={(e) => apply(e.target.value)}>
          <option value="">{t('savedViews.choose')}</option>
          {(views.data ?? []).map((view) => (
            <option key={view.id} value={view.id}>
              {view.mine ? view.name : t('savedViews.sharedBy', { name: view.name, owner: view.ownerName })}
            </option>
          ))}
        </Select>
      </Field>
      {canSave ? (
        <Button variant="secondary" data-size="sm" onClick={() => setSaving(true)}>
          {t('savedViews.save')}
        </Button>
      ) : null}
      {active?.mine ? (
        <Button variant="tertiary" data-size="sm" onClick={() => setDeleting(active)}>
          {t('savedViews.delete', { name: active.name })}
        </Button>
      ) : null}
      <p role="status" className="ds-sr-only">
        {announcement}
      </p>
      {saving ? (
        <SaveViewDialog
          query={current}
          onClose={(saved) => {
            setSaving(false);
            if (saved) setAnnouncement(t('savedViews.saved', { name: saved.name }));
          }}
        />
      ) : null}
      <DeleteViewDialog
        view={deleting}
        onClose={(deleted) => {
          setDeleting(null);
          if (deleted) setAnnouncement(t('savedViews.deleted', { name: deleted.name }));
        }}
      />
    </div>
  );
}

function SaveViewDialog({ query, onClose }: { query: string; onClose: (saved?: SavedView) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () => client.savedViews.create({ name: name.trim(), query, shared }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['saved-views', client.org] });
      onClose(saved);
    },
  });
  const error =
    save.error instanceof ApiError && save.error.code === 'duplicate'
      ? t('savedViews.duplicate', { name: name.trim() })
      : save.error
        ? t('savedViews.failed', { message: save.error.message })
        : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') save.mutate();
  };
  return (
    <Dialog open onClose={() => onClose()} closeButton={t('dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('savedViews.saveHeading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={submit} className="saved-views__form">
          <Paragraph data-size="sm">{t('savedViews.saveText')}</Paragraph>
          <Textfield
            label={t('savedViews.name')}
            value={name}
            required
            maxLength={200}
            autoFocus
            error={error}
            onChange={(e) => setName(e.target.value)}
          />
          <Checkbox
            label={t('savedViews.share')}
            checked={shared}
            onChange={(e) => setShared(e.target.checked)}
          />
          <div className="dialog-actions">
            <Button type="submit" loading={save.isPending} disabled={name.trim() === ''}>
              {t('savedViews.confirmSave')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => onClose()}>
              {t('dialog.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}

function DeleteViewDialog({
  view,
  onClose,
}: {
  view: SavedView | null;
  onClose: (deleted?: SavedView) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (target: SavedView) => client.savedViews.delete(target.id),
    onSuccess: async (_, target) => {
      await queryClient.invalidateQueries({ queryKey: ['saved-views', client.org] });
      onClose(target);
    },
  });
  return (
    <ConfirmDialog
      open={view !== null}
      heading={t('savedViews.deleteHeading', { name: view?.name ?? '' })}
      text={t('savedViews.deleteText')}
      confirm={t('savedViews.delete', { name: view?.name ?? '' })}
      pending={remove.isPending}
      error={remove.error ? t('savedViews.deleteFailed', { message: remove.error.message }) : undefined}
      onConfirm={() => view && remove.mutate(view)}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
