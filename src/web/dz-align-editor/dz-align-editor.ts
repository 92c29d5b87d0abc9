/**
 * `<dz-align-editor>`: the Import page. Two texts (pasted, picked or dropped) or one aligned file
 * go to a worker; the alignment comes back as links with a confidence each, and the person fixes
 * it with operations that can all be undone and all be done from the keyboard. The work is saved
 * in the browser as it goes; the result opens in the reader, downloads, or exports in any format
 * the registry writes.
 *
 * The element owns the state (one `Mode` at a time, the session, the selection) and what the
 * commands do; the command table (`commands.ts`) calls back into it. Each pane is a template
 * module beside it (import, working, toolbar, details, help, actions, links); taking texts and
 * files, acting on the result, saving, scrolling and status messages are controllers.
 *
 * A little over 450 lines: the hooks for other tabs and for typed text are small hunks left in
 * place so parallel branches merge cleanly; moving the save logic out is the next split.
 */
import { StoredRecordError } from '../store/records.ts';
import { keepTyped, typedBefore } from '../store/typed-input.ts';
import { TabGuard } from './tab-guard.ts';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html, LitElement, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { currentLanguage, initI18n, t } from '../../i18n/i18n.ts';
import { perform, redo, startSession, undo, type Session } from '../../model/edit/history.ts';
import { metaFromForm } from '../../model/edit/meta-form.ts';
import { editMeta, split, type Edit, type EditKind } from '../../model/edit/operations.ts';
import { nextLow, type AlignmentState, type SideIndex } from '../../model/edit/state.ts';
import type { Issue } from '../../model/types.ts';
import { VirtualScrollController } from '../controllers/virtual-scroll-controller.ts';
import { StatusController } from '../controllers/status-controller.ts';
import { deleteDraft, loadDraft, loadInput, saveDraft, saveInput } from '../store/drafts.ts';
import { editorAccessStyles } from '../a11y.styles.ts';
import { themeStyles } from '../theme.ts';
import type { JobResult } from './align-job-controller.ts';
import { AutosaveController } from './autosave-controller.ts';
import { COMMANDS, type CommandHost } from './commands.ts';
import { styles } from './dz-align-editor.styles.ts';
import { formValues, problemMessages } from './details-form.ts';
import { renderEditor } from './editor-pane.ts';
import { AlignmentEditEvent } from './events.ts';
import { ImportController } from './import-controller.ts';
import { ResultController } from './result-controller.ts';
import { renderImport } from './import-pane.ts';
import { isEditable, messageOf, notice, sideOf } from './parts.ts';
import { commandFor, type Command } from './shortcuts.ts';
import { cutAt, moveCut, splitKey, startCut, type Cut, type Mode } from './mode.ts';
import { renderWorking } from './working-pane.ts';

const ANNOUNCE_MS = 5000;

/** The Import page and alignment editor. */
@customElement('dz-align-editor')
export class DzAlignEditor extends LitElement {
  static override styles = [themeStyles, styles, editorAccessStyles];

  /** Where the work in progress is kept in the browser; two editors with different keys keep apart. */
  @property({ attribute: 'draft-key' }) draftKey = 'current';

  @state() private mode: Mode = { kind: 'restoring' };
  @state() private session: Session | undefined;
  /** The selected link and the side that side-specific operations apply to. */
  @state() private active = 0;
  @state() private side: SideIndex = 0;
  @state() private issues: readonly Issue[] = [];
  @state() private issuesHeading = '';
  @state() private helpOpen = false;
  @state() private detailsOpen = false;

  @query('.links') private list!: HTMLElement | null;
  @query('lit-virtualizer') private virtualizer!: LitVirtualizer | null;

  private readonly i18n = new I18nController(this);
  private readonly autosave = new AutosaveController(this, () => this.saveWork());
  private readonly importer = new ImportController(this, {
    working: (label) => {
      this.mode = { kind: 'working', label };
    },
    problem: this.showIssues.bind(this),
    done: this.finishJob.bind(this),
    changed: () => {
      // Kept synchronously first: a reload within the autosave's pause loses nothing.
      keepTyped(this.draftKey, this.importer.texts);
      this.autosave.schedule();
    },
    accepting: () => this.mode.kind === 'import',
  });
  private readonly status = new StatusController(this, ANNOUNCE_MS);
  private readonly tabs = new TabGuard(
    this,
    () => this.draftKey,
    () => {
      // Take the stored work as it is, even when that is none (started over elsewhere).
      this.session = undefined;
      void this.restore();
    },
    () => void this.autosave.saveNow(),
  );
  private readonly scroller = new VirtualScrollController(this, () => this.virtualizer);
  private readonly result = new ResultController(this, {
    state: () => this.session?.state,
    showIssues: this.showIssues.bind(this),
    invalid: () => {
      this.detailsOpen = true;
    },
    beforeLeaving: this.autosave.flush.bind(this.autosave),
  });
  // Which draft key the element restored from, so a changed key restores again.
  private restoredKey: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    void initI18n().then(() => {
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  protected override willUpdate(): void {
    if (this.restoredKey !== this.draftKey) void this.restore();
  }

  /** The editor as the command table sees it, for the session being edited. */
  private commandHost(session: Session): CommandHost {
    return {
      session,
      active: this.active,
      side: this.side,
      select: this.select.bind(this),
      chooseSide: this.chooseSide.bind(this),
      apply: this.apply.bind(this),
      startSplit: this.startSplit.bind(this),
      undoOrRedo: this.undoOrRedo.bind(this),
      findLow: this.findLow.bind(this),
      toggleHelp: () => {
        this.helpOpen = !this.helpOpen;
      },
    };
  }

  /** Select link `k` (kept within the list) and bring it into view. */
  private select(k: number): void {
    const next = Math.max(0, Math.min((this.session?.state.pairs.length ?? 0) - 1, k));
    if (next === this.active) return;
    this.active = next;
    this.leaveSplit();
    this.autosave.schedule();
    this.reveal();
  }

  /** Make side-specific operations apply to `side`. */
  private chooseSide(side: SideIndex): void {
    this.side = side;
    this.autosave.schedule();
  }

  /** Do an edit and save it at once, or say it is not possible here. */
  private apply(edit: Edit | undefined): void {
    const session = this.session;
    if (session === undefined) return;
    if (edit === undefined) {
      this.status.show(t('editor.notPossible'));
      return;
    }
    this.session = perform(session, edit);
    this.active = edit.focus[1];
    this.leaveSplit();
    this.status.show(this.describe(edit.kind, edit.focus[0]));
    this.dispatchEvent(new AlignmentEditEvent(edit.kind, 'do'));
    void this.autosave.saveNow();
    this.reveal();
  }

  /** Undo or redo the last edit, or say there is nothing to. */
  private undoOrRedo(how: 'undo' | 'redo'): void {
    const session = this.session;
    if (session === undefined) return;
    const step = how === 'undo' ? undo(session) : redo(session);
    if (step === undefined) {
      this.status.show(how === 'undo' ? t('editor.nothingToUndo') : t('editor.nothingToRedo'));
      return;
    }
    this.session = step.session;
    const focus = step.edit.focus[how === 'undo' ? 0 : 1];
    this.active = Math.min(focus, step.session.state.pairs.length - 1);
    const what = this.describe(step.edit.kind, step.edit.focus[0]);
    this.status.show(how === 'undo' ? t('editor.undone', { what }) : t('editor.redone', { what }));
    this.dispatchEvent(new AlignmentEditEvent(step.edit.kind, how));
    void this.autosave.saveNow();
    this.reveal();
  }

  /** Start choosing where to split the selected link. */
  private startSplit(): void {
    const cut = this.session === undefined ? undefined : startCut(this.session.state, this.active);
    if (cut === undefined) {
      this.status.show(t('editor.notPossible'));
      return;
    }
    this.mode = { kind: 'splitting', cut };
    this.status.show(t('editor.splitIntro', { keys: t('editor.splitKeys') }));
  }

  /** Select the next or previous low-confidence link, or say there is none. */
  private findLow(step: 1 | -1): void {
    const found =
      this.session === undefined ? undefined : nextLow(this.session.state, this.active, step);
    if (found === undefined) this.status.show(t('editor.noLow'));
    else this.select(found);
  }

  /** Pick up the saved work, if there is any. */
  private async restore(): Promise<void> {
    const key = this.draftKey;
    this.restoredKey = key;
    this.mode = { kind: 'restoring' };
    try {
      const draft = await loadDraft(key);
      if (key !== this.draftKey) return;
      if (draft === undefined || draft.session.state.pairs.length === 0) {
        const input = typedBefore(key) ?? (await loadInput(key));
        if (input !== undefined && key === this.draftKey) this.importer.texts = input;
        this.mode = { kind: 'import' };
        return;
      }
      this.session = draft.session;
      this.active = Math.min(draft.active, draft.session.state.pairs.length - 1);
      this.side = draft.side;
      this.mode = { kind: 'editing' };
      const time = new Date(draft.saved).toLocaleString(currentLanguage());
      this.status.show(t('editor.restored', { time }));
      this.reveal();
    } catch (err) {
      this.mode = { kind: 'import' };
      this.status.show(
        err instanceof StoredRecordError
          ? t('web.draftSetAside', { error: err.message })
          : t('editor.saveFailed', { error: messageOf(err) }),
      );
    }
  }

  private async saveWork(): Promise<void> {
    this.tabs.assertMine();
    await this.writeWork();
    this.tabs.announce('saved');
  }

  private async writeWork(): Promise<void> {
    const session = this.session;
    if (session === undefined) {
      // Nothing aligned yet: keep what was typed, so a crash does not lose a long paste.
      if (this.mode.kind === 'import') await saveInput(this.draftKey, this.importer.texts);
      return;
    }
    const saved = new Date().toISOString();
    await saveDraft(this.draftKey, { session, active: this.active, side: this.side, saved });
  }

  private readonly leaveSplit = (): void => {
    if (this.mode.kind === 'splitting') this.mode = { kind: 'editing' };
  };

  private describe(kind: EditKind, k: number): string {
    return t(`editor.did.${kind}`, { number: k + 1 });
  }

  private reveal(): void {
    const find = (): HTMLElement | null =>
      this.renderRoot.querySelector<HTMLElement>(`#pair-${String(this.active)}`);
    void this.scroller.reveal(this.active, find, 'nearest');
  }

  private showIssues(heading: string, issues: readonly Issue[]): void {
    this.issuesHeading = heading;
    this.issues = issues;
  }

  private finishJob(result: JobResult): void {
    if (!result.ok) {
      this.mode = { kind: 'import' };
      if (!('cancelled' in result)) this.showIssues(t('editor.failed'), result.issues);
      return;
    }
    this.startEditing(result.state);
  }

  private startEditing(state: AlignmentState): void {
    this.session = startSession(state);
    this.active = 0;
    this.side = 0;
    this.issues = [];
    this.mode = { kind: 'editing' };
    void this.autosave.saveNow();
    void this.updateComplete.then(() => this.list?.focus());
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const { mode } = this;
    if ((mode.kind !== 'editing' && mode.kind !== 'splitting') || e.defaultPrevented) return;
    const target = e.composedPath()[0];
    if (isEditable(target)) return;
    if (mode.kind === 'splitting' && this.onSplitKey(e, mode.cut, target)) {
      e.preventDefault();
      return;
    }
    const command = commandFor(e);
    if (command === undefined) return;
    e.preventDefault();
    this.run(command);
  };

  /** Keys while choosing where to split; true when the key was used. */
  private onSplitKey(e: KeyboardEvent, cut: Cut, target: EventTarget | undefined): boolean {
    const key = splitKey(
      e,
      target instanceof HTMLButtonElement && target.classList.contains('cut'),
    );
    if (key === undefined || this.session === undefined) return false;
    if (key.kind === 'cancel') this.leaveSplit();
    else if (key.kind === 'confirm') this.onSplitConfirm();
    else if (key.kind === 'side') this.side = key.side;
    else {
      const moved = moveCut(this.session.state, this.active, cut, this.side, key.by);
      this.mode = { kind: 'splitting', cut: moved };
    }
    return true;
  }

  /** Do what a shortcut or a button asks. */
  private run(command: Command): void {
    if (this.session === undefined) return;
    const spec = COMMANDS[command];
    if (spec.keepsSplit !== true) this.leaveSplit();
    spec.run(this.commandHost(this.session));
  }

  private readonly onSplitConfirm = (): void => {
    if (this.mode.kind === 'splitting' && this.session !== undefined)
      this.apply(split(this.session.state, this.active, this.mode.cut));
  };

  private readonly onCut = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    const at = Number(button.dataset.cut);
    if (this.mode.kind !== 'splitting' || !Number.isInteger(at)) return;
    const s = sideOf(button);
    this.mode = { kind: 'splitting', cut: cutAt(this.mode.cut, s, at) };
    this.side = s;
  };

  private readonly onSelectPair = (e: Event): void => {
    const k = Number((e.currentTarget as HTMLElement).dataset.index);
    const side = (e.target as HTMLElement).closest<HTMLElement>('[data-side]');
    if (!Number.isInteger(k)) return;
    if (k !== this.active) this.select(k);
    if (side !== null) this.side = sideOf(side);
    this.list?.focus({ preventScroll: true });
  };

  private readonly onCommand = (e: Event): void => {
    const name = (e.currentTarget as HTMLElement).dataset.command;
    if (name !== undefined && Object.hasOwn(COMMANDS, name)) this.run(name as Command);
  };

  private readonly onSide = (e: Event): void => {
    this.chooseSide(sideOf(e.target));
  };

  private readonly onCancel = (): void => {
    this.importer.cancel();
  };

  private readonly onMetaChange = (e: Event): void => {
    const values = formValues(e);
    if (this.session === undefined || values === undefined) return;
    const { state } = this.session;
    const result = metaFromForm(
      values,
      state.meta,
      state.sides.map((side) => side.lang),
    );
    const edit = result.ok ? editMeta(state, result.meta, this.active) : undefined;
    if (!result.ok) {
      this.showIssues(t('editor.badDetails'), problemMessages(result.problems).map(notice));
      // A refused value goes back to the one in force (only the id and the date can be refused).
      const form = (e.currentTarget as HTMLElement).closest('form');
      for (const field of result.problems) {
        const input = form?.querySelector<HTMLInputElement>(`input[name="${field}"]`);
        if (input) input.value = state.meta[field];
      }
    } else if (edit !== undefined) this.apply(edit);
  };

  private readonly onDetailsToggle = (e: Event): void => {
    this.detailsOpen = (e.target as HTMLDetailsElement).open;
  };

  private readonly onHelpToggle = (e: Event): void => {
    this.helpOpen = (e.target as HTMLDetailsElement).open;
  };

  private readonly onStartOver = async (): Promise<void> => {
    if (!window.confirm(t('editor.startOverConfirm'))) return;
    this.session = undefined;
    this.active = 0;
    this.issues = [];
    this.mode = { kind: 'import' };
    await this.autosave.flush();
    await deleteDraft(this.draftKey);
    this.tabs.announce('cleared');
  };

  private renderEditing(session: Session, cut: Cut | undefined): TemplateResult {
    return renderEditor({
      toolbar: {
        host: this.commandHost(session),
        save: this.autosave.status,
        cut,
        onCommand: this.onCommand,
        onSide: this.onSide,
        onSplitConfirm: this.onSplitConfirm,
        onSplitCancel: this.leaveSplit,
      },
      details: {
        open: this.detailsOpen,
        onChange: this.onMetaChange,
        onToggle: this.onDetailsToggle,
      },
      actions: this.result.view(this.onStartOver),
      links: { uiLang: currentLanguage(), onSelect: this.onSelectPair, onCut: this.onCut },
      helpOpen: this.helpOpen,
      onHelpToggle: this.onHelpToggle,
      issuesHeading: this.issuesHeading,
      issues: this.issues,
    });
  }

  private renderBody(): TemplateResult {
    const { mode } = this;
    switch (mode.kind) {
      case 'restoring':
        return html`<p class="restoring">${t('editor.restoring')}</p>`;
      case 'working':
        return renderWorking(mode.label, this.importer.progress, this.onCancel);
      case 'editing':
      case 'splitting':
        if (this.session !== undefined)
          return this.renderEditing(this.session, mode.kind === 'splitting' ? mode.cut : undefined);
        break;
      case 'import':
        break;
      default:
        return mode satisfies never;
    }
    return renderImport(this.importer.view(this.issuesHeading, this.issues));
  }

  override render(): TemplateResult {
    return html`<h1>${t('editor.heading')}</h1>
      ${this.tabs.render()} ${this.renderBody()}
      <p class="announce" role="status" aria-live="polite">${this.status.message}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-align-editor': DzAlignEditor;
  }
}
