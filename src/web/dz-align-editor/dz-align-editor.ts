/**
 * `<dz-align-editor>`: the Import page. Two texts (pasted, picked or dropped) or one aligned file
 * go to a worker; the alignment comes back as links with a confidence each, and the person fixes
 * it with operations that can all be undone and all be done from the keyboard. The work is saved
 * in the browser as it goes; the result opens in the reader or downloads as JSON or TMX.
 */
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer/LitVirtualizer.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { currentLanguage, initI18n, t } from '../../i18n/i18n.ts';
import { documentFromState } from '../../model/edit/convert.ts';
import {
  canRedo,
  canUndo,
  perform,
  redo,
  startSession,
  undo,
  type Session,
} from '../../model/edit/history.ts';
import {
  editMeta,
  merge,
  moveSentence,
  shiftParagraph,
  split,
  toggleChecked,
  type Edit,
  type EditKind,
} from '../../model/edit/operations.ts';
import {
  isLow,
  nextLow,
  pairRange,
  type AlignmentState,
  type Meta,
  type SideIndex,
} from '../../model/edit/state.ts';
import type { Issue, Lang, ParallelText, Provenance, Result } from '../../model/types.ts';
import { formatIssue, validateDocument } from '../../model/validate.ts';
import { decodeInput } from '../../formats/decode.ts';
import { MAX_INPUT_BYTES } from '../../formats/format.ts';
import { deleteDraft, loadDraft, loadInput, saveDraft, saveInput } from '../store/drafts.ts';
import { saveLocalDocument } from '../store/documents.ts';
import { AlignJobController } from './align-job-controller.ts';
import { AutosaveController } from './autosave-controller.ts';
import { styles } from './dz-align-editor.styles.ts';
import { AlignmentEditEvent, OpenLocalDocumentEvent } from './events.ts';
import { levelOf, renderPair, type PairContext } from './render-pair.ts';
import { commandFor, keysLabel, SHORTCUTS, shortcutLabel, type Command } from './shortcuts.ts';

type Phase = 'restoring' | 'import' | 'working' | 'editing';

const DEFAULT_LANGUAGES: [Lang, Lang] = ['zh-Hans', 'en'];
/** The Chinese scripts a person can say their text is in; the tag goes into the document. */
const CHINESE_TAGS: readonly Lang[] = ['zh-Hans', 'zh-Hant'];
const CHINESE_KEY = 'duizhao.editor.chinese';

function storedChinese(): Lang {
  try {
    const tag = localStorage.getItem(CHINESE_KEY);
    return tag !== null && CHINESE_TAGS.includes(tag) ? tag : 'zh-Hans';
  } catch {
    // No storage (privacy modes): Simplified, as most input is.
    return 'zh-Hans';
  }
}
const ROLES: readonly Provenance['role'][] = ['author', 'translator', 'editor'];
const HAN = /\p{Script=Han}/gu;

/** Share of a text's letters that are Chinese characters. */
function hanShare(text: string): number {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (sample.match(HAN)?.length ?? 0) / letters;
}

// The code of the editor's own messages, already written for people (no file, field or line).
const EDITOR_NOTICE = 'editor';

const ALIGNED_FILE = /\.(tmx|xlf|xliff|tsv|csv|json)$/iu;

function isPlainText(file: File): boolean {
  return (
    /\.txt$/iu.test(file.name) || (file.type === 'text/plain' && !ALIGNED_FILE.test(file.name))
  );
}

/**
 * The format registry, loaded when first needed: its XML parsers are the largest part of the
 * page and only imports and exports use them.
 */
async function formats(): Promise<typeof import('../../formats/registry.ts')> {
  return import('../../formats/registry.ts');
}

function isEditable(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

@customElement('dz-align-editor')
export class DzAlignEditor extends LitElement {
  static override styles = styles;

  /** Where the work in progress is kept in the browser; two editors with different keys keep apart. */
  @property({ attribute: 'draft-key' }) draftKey = 'current';

  @state() private phase: Phase = 'restoring';
  @state() private session: Session | undefined;
  /** The selected link and the side that side-specific operations apply to. */
  @state() private active = 0;
  @state() private side: SideIndex = 0;
  /** While splitting the selected link: how many sentences of each side stay above the cut. */
  @state() private cut: [number, number] | undefined;
  @state() private texts: [string, string] = ['', ''];
  @state() private issues: readonly Issue[] = [];
  @state() private issuesHeading = '';
  @state() private announcement = '';
  @state() private helpOpen = false;
  @state() private detailsOpen = false;
  @state() private working = '';
  /** The Chinese side's tag (Simplified or Traditional), remembered across visits. */
  @state() private chinese: Lang = storedChinese();

  @query('.links') private list!: HTMLElement | null;
  @query('lit-virtualizer') private virtualizer!: LitVirtualizer | null;

  private readonly i18n = new I18nController(this);
  private readonly job = new AlignJobController(this);
  private readonly autosave = new AutosaveController(this, () => this.saveWork());
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  // Which draft key the element restored from, so a changed key restores again.
  private restoredKey: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('drop', this.onDrop);
    void initI18n().then(() => {
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('dragover', this.onDragOver);
    this.removeEventListener('drop', this.onDrop);
  }

  protected override willUpdate(): void {
    if (this.restoredKey !== this.draftKey) void this.restore();
  }

  /** Pick up the saved work, if there is any. */
  private async restore(): Promise<void> {
    const key = this.draftKey;
    this.restoredKey = key;
    this.phase = 'restoring';
    try {
      const draft = await loadDraft(key);
      if (key !== this.draftKey) return;
      if (draft === undefined || draft.session.state.pairs.length === 0) {
        const input = await loadInput(key);
        if (input !== undefined && key === this.draftKey) this.texts = input;
        this.phase = 'import';
        return;
      }
      this.session = draft.session;
      this.active = Math.min(draft.active, draft.session.state.pairs.length - 1);
      this.side = draft.side;
      this.phase = 'editing';
      this.announce(
        t('editor.restored', { time: new Date(draft.saved).toLocaleString(currentLanguage()) }),
      );
      void this.scrollToActive();
    } catch (err) {
      this.phase = 'import';
      this.announce(
        t('editor.saveFailed', { error: err instanceof Error ? err.message : String(err) }),
      );
    }
  }

  private async saveWork(): Promise<void> {
    const session = this.session;
    if (session === undefined) {
      // Nothing aligned yet: keep what was typed, so a crash does not lose a long paste.
      if (this.phase === 'import') await saveInput(this.draftKey, this.texts);
      return;
    }
    await saveDraft(this.draftKey, {
      session,
      active: this.active,
      side: this.side,
      saved: new Date().toISOString(),
    });
  }

  // ---- handlers -------------------------------------------------------------------------------

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.phase !== 'editing' || e.defaultPrevented) return;
    const target = e.composedPath()[0];
    if (isEditable(target)) return;
    if (this.cut !== undefined && this.onSplitKey(e, target)) {
      e.preventDefault();
      return;
    }
    const command = commandFor(e);
    if (command === undefined) return;
    e.preventDefault();
    this.run(command);
  };

  /** Keys while choosing where to split; true when the key was used. */
  private onSplitKey(e: KeyboardEvent, target: EventTarget | undefined): boolean {
    const cut = this.cut;
    const session = this.session;
    if (cut === undefined || session === undefined) return false;
    if (e.key === 'Escape') {
      this.cut = undefined;
      return true;
    }
    // Enter on a cut button presses the button; elsewhere it splits.
    if (
      e.key === 'Enter' &&
      !(target instanceof HTMLButtonElement && target.classList.contains('cut'))
    ) {
      this.onSplitConfirm();
      return true;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return false;
    const [from, to] = pairRange(session.state, this.active, this.side);
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const next: [number, number] = [cut[0], cut[1]];
      next[this.side] = Math.max(
        0,
        Math.min(to - from, cut[this.side] + (e.key === 'ArrowUp' ? -1 : 1)),
      );
      this.cut = next;
      return true;
    }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      this.side = e.key === 'ArrowLeft' ? 0 : 1;
      return true;
    }
    return false;
  }

  /** Do what a shortcut or a button asks. */
  private run(command: Command): void {
    const session = this.session;
    if (session === undefined) return;
    const { state } = session;
    const k = this.active;
    const last = state.pairs.length - 1;
    if (command !== 'split' && command !== 'help') this.cut = undefined;
    switch (command) {
      case 'previous':
        this.select(k - 1);
        return;
      case 'next':
        this.select(k + 1);
        return;
      case 'first':
        this.select(0);
        return;
      case 'last':
        this.select(last);
        return;
      case 'side-first':
      case 'side-second':
        this.side = command === 'side-first' ? 0 : 1;
        this.autosave.schedule();
        return;
      case 'merge':
        this.apply(merge(state, k));
        return;
      case 'split':
        this.startSplit();
        return;
      case 'sentence-up':
      case 'sentence-down':
        this.apply(moveSentence(state, k, this.side, command === 'sentence-up' ? 'up' : 'down'));
        return;
      case 'paragraph-up':
      case 'paragraph-down':
        this.apply(shiftParagraph(state, k, this.side, command === 'paragraph-up' ? 'up' : 'down'));
        return;
      case 'check':
        this.apply(toggleChecked(state, k));
        return;
      case 'next-low':
      case 'previous-low': {
        const found = nextLow(state, k, command === 'next-low' ? 1 : -1);
        if (found === undefined) this.announce(t('editor.noLow'));
        else this.select(found);
        return;
      }
      case 'undo':
        this.undoOrRedo('undo');
        return;
      case 'redo':
        this.undoOrRedo('redo');
        return;
      case 'help':
        this.helpOpen = !this.helpOpen;
        return;
    }
  }

  private select(k: number): void {
    const n = this.session?.state.pairs.length ?? 0;
    const next = Math.max(0, Math.min(n - 1, k));
    if (next === this.active) return;
    this.active = next;
    this.cut = undefined;
    this.autosave.schedule();
    void this.scrollToActive();
  }

  private describe(kind: EditKind, k: number): string {
    return t(`editor.did.${kind}`, { number: k + 1 });
  }

  private apply(edit: Edit | undefined): void {
    const session = this.session;
    if (session === undefined) return;
    if (edit === undefined) {
      this.announce(t('editor.notPossible'));
      return;
    }
    this.session = perform(session, edit);
    this.active = edit.focus[1];
    this.cut = undefined;
    this.announce(this.describe(edit.kind, edit.focus[0]));
    this.dispatchEvent(new AlignmentEditEvent(edit.kind, 'do'));
    void this.autosave.saveNow();
    void this.scrollToActive();
  }

  private undoOrRedo(how: 'undo' | 'redo'): void {
    const session = this.session;
    if (session === undefined) return;
    const step = how === 'undo' ? undo(session) : redo(session);
    if (step === undefined) {
      this.announce(how === 'undo' ? t('editor.nothingToUndo') : t('editor.nothingToRedo'));
      return;
    }
    this.session = step.session;
    this.active = Math.min(
      step.edit.focus[how === 'undo' ? 0 : 1],
      step.session.state.pairs.length - 1,
    );
    const what = this.describe(step.edit.kind, step.edit.focus[0]);
    this.announce(how === 'undo' ? t('editor.undone', { what }) : t('editor.redone', { what }));
    this.dispatchEvent(new AlignmentEditEvent(step.edit.kind, how));
    void this.autosave.saveNow();
    void this.scrollToActive();
  }

  private startSplit(): void {
    const session = this.session;
    if (session === undefined) return;
    const k = this.active;
    const [a0, a1] = pairRange(session.state, k, 0);
    const [b0, b1] = pairRange(session.state, k, 1);
    const na = a1 - a0;
    const nb = b1 - b0;
    if (na + nb < 2) {
      this.announce(t('editor.notPossible'));
      return;
    }
    // Start in the middle of each side; a one-sentence side starts with its sentence above.
    let cut: [number, number] = [Math.ceil(na / 2), Math.ceil(nb / 2)];
    if (split(session.state, k, cut) === undefined) cut = nb > 1 ? [na, 1] : [1, 0];
    this.cut = cut;
    this.announce(t('editor.splitIntro', { keys: t('editor.splitKeys') }));
  }

  private readonly onSplitConfirm = (): void => {
    const session = this.session;
    const cut = this.cut;
    if (session === undefined || cut === undefined) return;
    this.apply(split(session.state, this.active, cut));
  };

  private readonly onSplitCancel = (): void => {
    this.cut = undefined;
  };

  private readonly onCut = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    const s = Number(button.dataset.side) === 1 ? 1 : 0;
    const at = Number(button.dataset.cut);
    if (this.cut === undefined || !Number.isInteger(at)) return;
    const next: [number, number] = [this.cut[0], this.cut[1]];
    next[s] = at;
    this.cut = next;
    this.side = s;
  };

  private readonly onSelectPair = (e: Event): void => {
    const k = Number((e.currentTarget as HTMLElement).dataset.index);
    const side = (e.target as HTMLElement).closest<HTMLElement>('[data-side]')?.dataset.side;
    if (!Number.isInteger(k)) return;
    if (k !== this.active) this.select(k);
    if (side === '0' || side === '1') this.side = side === '0' ? 0 : 1;
    this.list?.focus({ preventScroll: true });
  };

  private readonly onCommandButton = (e: Event): void => {
    const command = (e.currentTarget as HTMLElement).dataset.command as Command | undefined;
    if (command !== undefined) this.run(command);
  };

  private readonly onSideChange = (e: Event): void => {
    this.side = (e.target as HTMLInputElement).value === '1' ? 1 : 0;
    this.autosave.schedule();
  };

  private readonly onText = (e: Event): void => {
    const area = e.target as HTMLTextAreaElement;
    const s = area.dataset.side === '1' ? 1 : 0;
    const texts: [string, string] = [...this.texts];
    texts[s] = area.value;
    this.texts = texts;
    this.autosave.schedule();
  };

  private readonly onTextKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.align();
    }
  };

  private readonly onPickText = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const s = input.dataset.side === '1' ? 1 : 0;
    void this.takeFiles([...(input.files ?? [])], s);
    input.value = '';
  };

  private readonly onPickAligned = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    void this.takeFiles([...(input.files ?? [])]);
    input.value = '';
  };

  private readonly onDragOver = (e: DragEvent): void => {
    // Without this the browser would open a dropped file in place of the page.
    if (e.dataTransfer?.types.includes('Files') === true) e.preventDefault();
  };

  private readonly onDrop = (e: DragEvent): void => {
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    e.preventDefault();
    if (this.phase !== 'import') return;
    const target = e.composedPath()[0];
    const side =
      target instanceof Element
        ? target.closest<HTMLElement>('[data-side]')?.dataset.side
        : undefined;
    void this.takeFiles(files, side === '0' ? 0 : side === '1' ? 1 : undefined);
  };

  private readonly onAlign = (): void => {
    void this.align();
  };

  private readonly onCancel = (): void => {
    this.job.cancel();
  };

  private readonly onMetaChange = (e: Event): void => {
    const session = this.session;
    const form = (e.currentTarget as HTMLElement).closest('form');
    if (session === undefined || form === null) return;
    const data = new FormData(form);
    const field = (name: string, fallback: string): string => {
      const v = data.get(name);
      return typeof v === 'string' ? v.trim() : fallback;
    };
    const { meta } = session.state;
    const langs = session.state.sides.map((s) => s.lang);
    const title: Record<Lang, string> = {};
    const provenance: Record<Lang, Provenance> = {};
    for (const lang of langs) {
      title[lang] = field(`title:${lang}`, meta.title[lang] ?? '');
      const old = meta.provenance[lang];
      const role = field(`role:${lang}`, old?.role ?? 'author');
      provenance[lang] = {
        ...old,
        by: field(`by:${lang}`, old?.by ?? ''),
        role: ROLES.find((r) => r === role) ?? 'author',
        source: field(`source:${lang}`, old?.source ?? ''),
        licence: field(`licence:${lang}`, old?.licence ?? ''),
      };
    }
    const next: Meta = {
      id: field('id', meta.id),
      title,
      date: field('date', meta.date),
      provenance,
    };
    const edit = editMeta(session.state, next, this.active);
    if (edit !== undefined) this.apply(edit);
  };

  private readonly onMetaSubmit = (e: Event): void => {
    e.preventDefault();
  };

  private readonly onDetailsToggle = (e: Event): void => {
    this.detailsOpen = (e.target as HTMLDetailsElement).open;
  };

  private readonly onHelpToggle = (e: Event): void => {
    this.helpOpen = (e.target as HTMLDetailsElement).open;
  };

  private readonly onOpenInReader = async (): Promise<void> => {
    const doc = this.finishedDocument();
    if (doc === undefined) return;
    if (!(await this.attempt(() => saveLocalDocument(doc)))) return;
    await this.autosave.flush();
    const event = new OpenLocalDocumentEvent(doc.id);
    if (this.dispatchEvent(event)) {
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = '';
      url.searchParams.set('doc', `local:${doc.id}`);
      window.location.assign(url);
    }
  };

  private readonly onDownloadJson = async (): Promise<void> => {
    const doc = this.finishedDocument();
    if (doc === undefined) return;
    await this.attempt(async () => {
      const { FORMATS } = await formats();
      download(`${doc.id}.json`, FORMATS.json.serialize(doc), 'application/json');
    });
  };

  private readonly onExportTmx = async (): Promise<void> => {
    const doc = this.finishedDocument();
    if (doc === undefined) return;
    await this.attempt(async () => {
      const { FORMATS } = await formats();
      download(`${doc.id}.tmx`, FORMATS.tmx.serialize(doc), 'application/x-tmx+xml');
    });
  };

  private readonly onStartOver = async (): Promise<void> => {
    if (!window.confirm(t('editor.startOverConfirm'))) return;
    this.session = undefined;
    this.cut = undefined;
    this.active = 0;
    this.issues = [];
    this.phase = 'import';
    await this.autosave.flush();
    await deleteDraft(this.draftKey);
  };

  // ---- work ----------------------------------------------------------------------------------

  private announce(text: string): void {
    this.announcement = text;
    clearTimeout(this.announceTimer);
    // Screen readers have read it by then; on screen it would cover the text.
    this.announceTimer = setTimeout(() => {
      this.announcement = '';
    }, 5000);
  }

  /** Run something that may fail for reasons outside the document; say so if it does. */
  private async attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.showIssues(t('editor.failed'), [{ code: EDITOR_NOTICE, message }]);
      return false;
    }
  }

  private showIssues(heading: string, issues: readonly Issue[]): void {
    this.issuesHeading = heading;
    this.issues = issues;
  }

  /** Read picked or dropped files: two plain texts, one plain text for a side, or one aligned file. */
  private async takeFiles(files: File[], side?: SideIndex): Promise<void> {
    this.showIssues('', []);
    const tooLarge = files.find((f) => f.size > MAX_INPUT_BYTES);
    if (tooLarge !== undefined) {
      this.showIssues(t('editor.failed'), [
        {
          code: EDITOR_NOTICE,
          message: t('editor.tooLarge', {
            file: tooLarge.name,
            limit: MAX_INPUT_BYTES / 1024 / 1024,
          }),
        },
      ]);
      return;
    }
    const plain = files.filter(isPlainText);
    const aligned = files.filter((f) => !isPlainText(f));
    if (aligned.length === 1 && plain.length === 0) {
      const file = aligned[0];
      if (file !== undefined) await this.importFile(file);
      return;
    }
    if (aligned.length > 0 || plain.length === 0 || plain.length > 2) {
      const name = (aligned[0] ?? files[0])?.name ?? '';
      this.showIssues(t('editor.failed'), [
        { code: EDITOR_NOTICE, message: t('editor.unknownFile', { file: name }) },
      ]);
      return;
    }
    const decoded: string[] = [];
    for (const file of plain) {
      const text = decodeInput(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!text.ok) {
        this.showIssues(t('editor.failed'), text.issues);
        return;
      }
      decoded.push(text.value);
    }
    const texts: [string, string] = [...this.texts];
    const [first, second] = decoded;
    if (first !== undefined && second !== undefined) {
      const chineseFirst = hanShare(first) >= hanShare(second);
      texts[0] = chineseFirst ? first : second;
      texts[1] = chineseFirst ? second : first;
    } else if (first !== undefined) {
      texts[side ?? (hanShare(first) > 0.3 ? 0 : 1)] = first;
    }
    this.texts = texts;
    this.autosave.schedule();
  }

  private async importFile(file: File): Promise<void> {
    this.phase = 'working';
    this.working = t('editor.reading', { file: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.finishJob(await this.job.run({ type: 'import', name: file.name, bytes }));
  }

  private async align(): Promise<void> {
    if (this.texts[0].trim() === '' || this.texts[1].trim() === '') {
      this.showIssues('', [{ code: EDITOR_NOTICE, message: t('editor.needBoth') }]);
      return;
    }
    this.showIssues('', []);
    this.phase = 'working';
    this.working = '';
    this.finishJob(
      await this.job.run({ type: 'align', texts: this.texts, languages: this.languages() }),
    );
  }

  private finishJob(result: Awaited<ReturnType<AlignJobController['run']>>): void {
    if (!result.ok) {
      this.phase = 'import';
      if (!('cancelled' in result)) this.showIssues(t('editor.failed'), result.issues);
      return;
    }
    this.startEditing(result.state);
  }

  private startEditing(state: AlignmentState): void {
    this.session = startSession(state);
    this.active = 0;
    this.side = 0;
    this.cut = undefined;
    this.issues = [];
    this.phase = 'editing';
    void this.autosave.saveNow();
    void this.updateComplete.then(() => this.list?.focus());
  }

  /** The document, validated; when it is not valid the issues are shown and undefined returned. */
  private finishedDocument(): ParallelText | undefined {
    const session = this.session;
    if (session === undefined) return undefined;
    const result: Result<ParallelText> = validateDocument(documentFromState(session.state));
    if (!result.ok) {
      this.showIssues(t('editor.invalid'), result.issues);
      this.detailsOpen = true;
      return undefined;
    }
    this.showIssues('', []);
    return result.value;
  }

  private async scrollToActive(): Promise<void> {
    await this.updateComplete;
    const find = (): HTMLElement | null | undefined =>
      this.renderRoot.querySelector<HTMLElement>(`#pair-${String(this.active)}`);
    let row = find();
    if (row === null || row === undefined) {
      const v = this.virtualizer;
      if (v === null) return;
      await v.updateComplete;
      await settled(v.layoutComplete);
      try {
        v.element(this.active)?.scrollIntoView({ block: 'center' });
      } catch {
        // The virtualizer has no layout yet (it is not on screen): nothing to scroll.
        return;
      }
      await settled(v.layoutComplete);
      row = find();
    }
    row?.scrollIntoView({ block: 'nearest' });
  }

  // ---- rendering -----------------------------------------------------------------------------

  private languages(): [Lang, Lang] {
    return [this.chinese, DEFAULT_LANGUAGES[1]];
  }

  private readonly onScript = (e: Event): void => {
    this.chinese = (e.target as HTMLSelectElement).value;
    try {
      localStorage.setItem(CHINESE_KEY, this.chinese);
    } catch {
      // As in storedChinese: the choice then lasts for this page only.
    }
  };

  private renderScriptChoice(): TemplateResult {
    return html`<label class="script"
      >${t('editor.script')}
      <select @change=${this.onScript}>
        ${CHINESE_TAGS.map(
          (tag) =>
            html`<option value=${tag} lang=${tag} ?selected=${tag === this.chinese}>
              ${this.languageName(tag)} (${tag})
            </option>`,
        )}
      </select></label
    >`;
  }

  private languageName(lang: Lang): string {
    try {
      return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(lang) ?? lang;
    } catch {
      return lang;
    }
  }

  private titled(label: string, command: Command): string {
    return t('editor.withKeys', { label, keys: shortcutLabel(command) });
  }

  private renderIssues(): TemplateResult | typeof nothing {
    if (this.issues.length === 0) return nothing;
    return html`<div class="issues" role="alert">
      ${this.issuesHeading === '' ? nothing : html`<p>${this.issuesHeading}</p>`}
      <ul>
        ${this.issues.map((i) => html`<li>${i.code === EDITOR_NOTICE ? i.message : formatIssue(i)}</li>`)}
      </ul>
    </div>`;
  }

  private renderImport(): TemplateResult {
    return html`<section class="import">
      <p class="intro">${t('editor.intro')}</p>
      <div class="texts">
        ${this.languages().map((lang, s) => {
          const name = this.languageName(lang);
          return html`<div class="text" data-side=${s}>
            <div class="label-row">
              <label for=${`text-${String(s)}`}>${t('editor.textLabel', { language: name })}</label>
              ${s === 0 ? this.renderScriptChoice() : nothing}
            </div>
            <textarea
              id=${`text-${String(s)}`}
              lang=${lang}
              data-side=${s}
              spellcheck="false"
              placeholder=${t('editor.textPlaceholder')}
              .value=${live(this.texts[s] ?? '')}
              @input=${this.onText}
              @keydown=${this.onTextKeyDown}
            ></textarea>
            <label class="file">
              <span>${t('editor.chooseText')}</span>
              <input
                type="file"
                accept=".txt,text/plain"
                data-side=${s}
                @change=${this.onPickText}
              />
            </label>
          </div>`;
        })}
      </div>
      <div class="start">
        <button
          type="button"
          class="primary"
          @click=${this.onAlign}
          title=${t('editor.withKeys', { label: t('editor.align'), keys: 'Ctrl+Enter' })}
        >
          ${t('editor.align')}
        </button>
        <label class="file">
          <span>${t('editor.alignedFile')}</span>
          <input
            type="file"
            accept=".tmx,.xlf,.xliff,.tsv,.csv,.json"
            @change=${this.onPickAligned}
          />
        </label>
      </div>
      <p class="hint">${t('editor.dropHint')}</p>
      ${this.renderIssues()}
    </section>`;
  }

  private renderWorking(): TemplateResult {
    const progress = this.job.progress ?? 0;
    const percent = Math.floor(progress * 100);
    const label = this.working === '' ? t('editor.aligning', { percent }) : this.working;
    return html`<section class="working" aria-busy="true">
      <label for="progress">${label}</label>
      <progress id="progress" max="100" value=${percent}></progress>
      <button type="button" @click=${this.onCancel}>${t('editor.cancel')}</button>
    </section>`;
  }

  /** A button for a command: `label` is shown, `full` (default `label`) names it with its keys. */
  private commandButton(
    command: Command,
    label: string,
    options: { full?: string; disabled?: boolean } = {},
  ): TemplateResult {
    const full = options.full ?? label;
    return html`<button
      type="button"
      data-command=${command}
      title=${this.titled(full, command)}
      aria-label=${full}
      aria-keyshortcuts=${shortcutLabel(command).replaceAll(' / ', ' ')}
      ?disabled=${options.disabled ?? false}
      @click=${this.onCommandButton}
    >
      ${label}
    </button>`;
  }

  private renderToolbar(session: Session): TemplateResult {
    const { state } = session;
    const pair = state.pairs[this.active];
    const pairs = state.pairs;
    const low = pairs.filter(isLow).length;
    const checked = pairs.filter((p) => p.checked).length;
    const save = this.autosave.status;
    const saveText =
      save.state === 'saving'
        ? t('editor.saving')
        : save.state === 'saved'
          ? t('editor.saved', { time: save.at.toLocaleTimeString(currentLanguage()) })
          : save.state === 'failed'
            ? t('editor.saveFailed', { error: save.error })
            : '';
    return html`<div class="toolbar" role="toolbar" aria-label=${t('editor.toolbar')}>
      <div class="group">
        ${this.commandButton('undo', t('editor.undo'), { disabled: !canUndo(session) })}
        ${this.commandButton('redo', t('editor.redo'), { disabled: !canRedo(session) })}
      </div>
      <div class="group">
        ${this.commandButton('merge', t('editor.merge'), {
          disabled: this.active >= pairs.length - 1,
        })}
        ${this.commandButton('split', t('editor.split'))}
        ${this.commandButton('check', pair?.checked === true ? t('editor.uncheck') : t('editor.check'))}
      </div>
      <fieldset class="group sides">
        <legend>${t('editor.side')}</legend>
        ${state.sides.map(
          (side, s) =>
            html`<label
              title=${this.titled(this.languageName(side.lang), s === 0 ? 'side-first' : 'side-second')}
            >
              <input
                type="radio"
                name="side"
                value=${s}
                .checked=${live(this.side === s)}
                @change=${this.onSideChange}
              />
              ${this.languageName(side.lang)}
            </label>`,
        )}
      </fieldset>
      <div class="group" role="group" aria-label=${t('editor.moveGroup')}>
        ${this.commandButton('sentence-up', t('editor.sentenceUpShort'), {
          full: t('editor.sentenceUp'),
        })}
        ${this.commandButton('sentence-down', t('editor.sentenceDownShort'), {
          full: t('editor.sentenceDown'),
        })}
        ${this.commandButton('paragraph-up', t('editor.paragraphUpShort'), {
          full: t('editor.paragraphUp'),
        })}
        ${this.commandButton('paragraph-down', t('editor.paragraphDownShort'), {
          full: t('editor.paragraphDown'),
        })}
      </div>
      <div class="group">
        ${this.commandButton('previous-low', t('editor.previousLowShort'), {
          full: t('editor.previousLow'),
          disabled: low === 0,
        })}
        ${this.commandButton('next-low', t('editor.nextLowShort'), {
          full: t('editor.nextLow'),
          disabled: low === 0,
        })}
      </div>
      <p class="summary">
        <span>${t('editor.summary', { count: pairs.length })}</span>
        <span class=${low > 0 ? 'low-count' : ''}>${t('editor.lowSummary', { count: low })}</span>
        <span>${t('editor.checkedSummary', { count: checked })}</span>
        <span class="saved">${saveText}</span>
      </p>
      ${
        this.cut === undefined
          ? nothing
          : html`<div class="split-bar">
              <p>${t('editor.splitIntro', { keys: t('editor.splitKeys') })}</p>
              <button
                type="button"
                class="primary"
                @click=${this.onSplitConfirm}
                ?disabled=${split(state, this.active, this.cut) === undefined}
              >
                ${t('editor.splitConfirm')}
              </button>
              <button type="button" @click=${this.onSplitCancel}>${t('editor.splitCancel')}</button>
            </div>`
      }
    </div>`;
  }

  private renderDetails(state: AlignmentState): TemplateResult {
    const { meta } = state;
    return html`<details class="details" ?open=${this.detailsOpen} @toggle=${this.onDetailsToggle}>
      <summary>${t('editor.details')}</summary>
      <form @submit=${this.onMetaSubmit}>
        <div class="row">
          <label
            >${t('editor.id')}
            <input name="id" .value=${live(meta.id)} @change=${this.onMetaChange}
          /></label>
          <label
            >${t('editor.date')}
            <input name="date" .value=${live(meta.date)} @change=${this.onMetaChange}
          /></label>
        </div>
        ${state.sides.map(({ lang }) => {
          const name = this.languageName(lang);
          const p = meta.provenance[lang];
          return html`<fieldset>
            <legend>${t('editor.provenance', { language: name })}</legend>
            <label class="wide"
              >${t('editor.title', { language: name })}
              <input
                name=${`title:${lang}`}
                lang=${lang}
                .value=${live(meta.title[lang] ?? '')}
                @change=${this.onMetaChange}
              />
            </label>
            <label
              >${t('editor.by')}
              <input name=${`by:${lang}`} .value=${live(p?.by ?? '')} @change=${this.onMetaChange}
            /></label>
            <label
              >${t('editor.role')}
              <select name=${`role:${lang}`} @change=${this.onMetaChange}>
                ${ROLES.map((r) => html`<option value=${r} ?selected=${p?.role === r}>${t(`editor.roles.${r}`)}</option>`)}
              </select>
            </label>
            <label
              >${t('editor.source')}
              <input
                name=${`source:${lang}`}
                .value=${live(p?.source ?? '')}
                @change=${this.onMetaChange}
            /></label>
            <label
              >${t('editor.licence')}
              <input
                name=${`licence:${lang}`}
                .value=${live(p?.licence ?? '')}
                @change=${this.onMetaChange}
            /></label>
          </fieldset>`;
        })}
      </form>
    </details>`;
  }

  private renderHelp(): TemplateResult {
    const labels: Record<Command, string> = {
      previous: t('editor.keys.previous'),
      next: t('editor.keys.next'),
      first: t('editor.keys.first'),
      last: t('editor.keys.last'),
      'side-first': t('editor.keys.sides'),
      'side-second': t('editor.keys.sides'),
      merge: t('editor.merge'),
      split: t('editor.split'),
      'sentence-up': t('editor.sentenceUp'),
      'sentence-down': t('editor.sentenceDown'),
      'paragraph-up': t('editor.paragraphUp'),
      'paragraph-down': t('editor.paragraphDown'),
      check: t('editor.check'),
      'next-low': t('editor.nextLow'),
      'previous-low': t('editor.previousLow'),
      undo: t('editor.undo'),
      redo: t('editor.redo'),
      help: t('editor.keys.help'),
    };
    const rows = SHORTCUTS.filter((s) => s.command !== 'side-second').map((s) => {
      const keys =
        s.command === 'side-first'
          ? `${shortcutLabel('side-first')} / ${shortcutLabel('side-second')}`
          : s.keys.map(keysLabel).join(' / ');
      return html`<tr>
        <th scope="row"><kbd>${keys}</kbd></th>
        <td>${labels[s.command]}</td>
      </tr>`;
    });
    return html`<details class="help" ?open=${this.helpOpen} @toggle=${this.onHelpToggle}>
      <summary>${this.titled(t('editor.help'), 'help')}</summary>
      <table>
        ${rows}
        <tr>
          <th scope="row"><kbd>S</kbd> …</th>
          <td>${t('editor.splitKeys')}</td>
        </tr>
      </table>
    </details>`;
  }

  private renderEditor(session: Session): TemplateResult {
    const { state } = session;
    const ctx: PairContext = {
      state,
      active: this.active,
      side: this.side,
      cut: this.cut,
      uiLang: currentLanguage(),
      onSelect: this.onSelectPair,
      onCut: this.onCut,
    };
    const current = state.pairs[this.active];
    const level = current === undefined ? '' : levelOf(current);
    return html`${this.renderToolbar(session)}
      <div class="panels">
        ${this.renderDetails(state)} ${this.renderHelp()}
        <div class="actions" role="group" aria-label=${t('editor.actions')}>
          <button type="button" class="primary" @click=${this.onOpenInReader}>
            ${t('editor.openInReader')}
          </button>
          <button type="button" @click=${this.onDownloadJson}>${t('editor.downloadJson')}</button>
          <button type="button" @click=${this.onExportTmx}>${t('editor.exportTmx')}</button>
          <button type="button" class="quiet" @click=${this.onStartOver}>
            ${t('editor.startOver')}
          </button>
        </div>
        ${this.renderIssues()}
      </div>
      <div
        class="links"
        tabindex="0"
        role="listbox"
        aria-label=${t('editor.linksLabel')}
        aria-activedescendant=${`pair-${String(this.active)}`}
        data-level=${level}
      >
        <lit-virtualizer
          .items=${state.pairs}
          .renderItem=${(pair: AlignmentState['pairs'][number], k: number) => renderPair(ctx, pair, k)}
        ></lit-virtualizer>
      </div>`;
  }

  override render(): TemplateResult {
    const session = this.session;
    let body: TemplateResult;
    if (this.phase === 'restoring') body = html`<p class="restoring">${t('editor.restoring')}</p>`;
    else if (this.phase === 'working') body = this.renderWorking();
    else if (this.phase === 'editing' && session !== undefined) body = this.renderEditor(session);
    else body = this.renderImport();
    return html`<h1>${t('editor.heading')}</h1>
      ${body}
      <p class="announce" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}

/** Hand a file to the browser's downloads. */
function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by the next task; the URL can go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** Wait for a layout to finish, or a short while when none is pending (its promise may never settle). */
function settled(done: Promise<void> | undefined): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 250));
  return Promise.race([done?.catch(() => undefined) ?? Promise.resolve(), timeout]);
}

declare global {
  interface HTMLElementTagNameMap {
    'dz-align-editor': DzAlignEditor;
  }
}
