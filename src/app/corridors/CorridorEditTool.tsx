import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useT } from '../../i18n/use-t.ts';
import { useServices, useStoreValue } from '../services.ts';
import type { CorridorEdit } from './corridor-edit.ts';
import { corridorState } from './corridor-state.ts';
import { IssueList } from './IssueList.tsx';
import { useCorridorEdit } from './use-corridor-edit.ts';
import { vertexCount, vertexOrdinal } from './vertex-edit.ts';

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

function optionId(part: number, vertex: number): string {
  return `corridor-vertex-${part}-${vertex}`;
}

/**
 * Edit an existing corridor (drawn, loaded or illustrative): choose it in the list, on the
 * map or in the hotspot table; drag its vertex handles on the map, click a midpoint handle to
 * add a vertex, select one and press Delete to remove it. Keyboard users work the vertex list:
 * arrows choose a vertex, Shift + arrows move it, Insert adds one after it. Save checks the
 * geometry like a loaded file and replaces the corridor; Cancel leaves it as it was.
 */
export function CorridorEditTool() {
  const { t } = useT('corridors');
  const services = useServices();
  const state = corridorState(services);
  const collection = useStoreValue(services.corridors, (c) => c);
  const picked = useStoreValue(state.picked, (p) => p);
  const editing = useCorridorEdit();
  const { edit, problem, saved } = editing;
  const features = collection?.features ?? [];
  const pickedFeature = picked === null ? undefined : features[picked];
  return (
    <section className="corridor-edit" aria-label={t('edit.title')} data-testid="corridor-edit">
      <h3>{t('edit.title')}</h3>
      {!edit ? (
        <>
          {saved && (
            <div role="status" data-testid="edit-saved">
              <p>{t('edit.saved', { name: saved.name })}</p>
              <IssueList title={t('file.warnings')} issues={saved.warnings} />
            </div>
          )}
          {pickedFeature && picked !== null && (
            <p className="picked">
              {t('edit.picked', { name: pickedFeature.properties.name })}{' '}
              <button type="button" onClick={() => editing.begin(picked)} data-testid="edit-picked">
                {t('edit.edit')}
              </button>
            </p>
          )}
          {features.length === 0 ? (
            <p className="empty">{t('noCorridors')}</p>
          ) : (
            <ul className="corridor-list" data-testid="corridor-list">
              {features.map((f, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: corridors are identified by their place in the collection.
                <li key={i}>
                  <span>{f.properties.name}</span>
                  <button
                    type="button"
                    onClick={() => editing.begin(i)}
                    aria-label={t('edit.editNamed', { name: f.properties.name })}
                    data-testid={`edit-corridor-${i}`}
                  >
                    {t('edit.edit')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <EditingControls edit={edit} editing={editing} />
      )}
      {problem?.kind === 'minVertices' && (
        <p role="alert">{t('edit.minVertices', { needed: problem.needed })}</p>
      )}
      {problem?.kind === 'issues' && (
        <IssueList title={t('file.errors')} issues={problem.issues} role="alert" />
      )}
    </section>
  );
}

function EditingControls({
  edit,
  editing,
}: {
  edit: CorridorEdit;
  editing: ReturnType<typeof useCorridorEdit>;
}) {
  const { t } = useT('corridors');
  const s = edit.selected;
  const list = useRef<HTMLDivElement>(null);
  const selectedId = s ? optionId(s.part, s.vertex) : null;
  useEffect(() => {
    if (!selectedId) return;
    const option = list.current?.querySelector(`#${selectedId}`);
    if (option instanceof HTMLElement) option.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    const arrow = ARROWS[e.key];
    if (arrow && e.shiftKey) {
      e.preventDefault();
      editing.nudge(arrow[0], arrow[1]);
    } else if (arrow) {
      e.preventDefault();
      editing.select(e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Insert' || e.key === '+') {
      e.preventDefault();
      editing.insertAfterSelected();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      editing.save();
    }
  };
  const fmt = (v: number) => v.toFixed(4);
  return (
    <div className="editing" data-testid="corridor-editing">
      <p>{t('edit.editing', { name: edit.original.properties.name })}</p>
      <p className="hint">{t('edit.hint')}</p>
      <p className="hint">{t('edit.keyboard')}</p>
      <div
        className="vertex-list"
        role="listbox"
        tabIndex={0}
        aria-label={t('edit.vertices', { count: vertexCount(edit) })}
        aria-activedescendant={selectedId ?? undefined}
        ref={list}
        onKeyDown={onKey}
        data-testid="vertex-list"
      >
        {edit.parts.map((p, part) =>
          p.vertices.map(([x, y], vertex) => {
            const selected = s !== null && s.part === part && s.vertex === vertex;
            return (
              <div
                key={optionId(part, vertex)}
                id={optionId(part, vertex)}
                role="option"
                tabIndex={-1}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
              >
                {t('edit.vertex', { n: vertexOrdinal(edit, { part, vertex }), lon: fmt(x), lat: fmt(y) })}
              </div>
            );
          }),
        )}
      </div>
      <p data-testid="edit-points">{t('draw.points', { count: vertexCount(edit) })}</p>
      <div className="buttons">
        <button
          type="button"
          onClick={editing.undo}
          disabled={edit.history.length === 0}
          data-testid="edit-undo"
        >
          {t('edit.undo')}
        </button>
        <button type="button" onClick={editing.deleteSelected} disabled={!s} data-testid="edit-delete">
          {t('edit.delete')}
        </button>
        <button type="button" onClick={editing.save} data-testid="edit-save">
          {t('edit.save')}
        </button>
        <button type="button" onClick={editing.cancel} data-testid="edit-cancel">
          {t('edit.cancel')}
        </button>
      </div>
    </div>
  );
}
