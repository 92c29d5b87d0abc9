/**
 * The Import page's work before there is an alignment: the two texts being typed, the chosen
 * Chinese script, files picked or dropped, and the worker job that aligns or reads them. The
 * element owns what the page is doing; this tells it when a job starts, fails or ends.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { t } from '../../i18n/i18n.ts';
import { readFamilies } from '../../formats/format.ts';
import { decodeInput } from '../../formats/decode.ts';
import { placeTexts, planImport } from '../../model/edit/files.ts';
import type { SideIndex } from '../../model/edit/state.ts';
import { DEFAULT_LANGUAGES, type Issue, type Lang } from '../../model/types.ts';
import { AlignJobController, type JobResult } from './align-job-controller.ts';
import { storeChinese, storedChinese } from './chinese-script.ts';
import type { ImportView } from './import-pane.ts';
import { listed, notice, sideOf } from './parts.ts';

/** What the controller tells its element. */
export interface ImportEvents {
  /** A job started: `label` says what it does (undefined: aligning, with progress). */
  working: (label: string | undefined) => void;
  /** Something could not be taken; show these (an empty list clears what was shown). */
  problem: (heading: string, issues: readonly Issue[]) => void;
  /** The job ended: the alignment, its issues, or cancelled. */
  done: (result: JobResult) => void;
  /** The texts changed: worth saving soon. */
  changed: () => void;
  /** Whether files dropped on the page are taken now (only before an alignment). */
  accepting: () => boolean;
}

/** The texts, files and worker job of the Import page before there is an alignment. */
export class ImportController implements ReactiveController {
  /** The two texts, Chinese first, as typed, pasted or read. */
  texts: [string, string] = ['', ''];
  /** The Chinese side's tag (Simplified or Traditional), remembered across visits. */
  chinese: Lang = storedChinese();

  private readonly job: AlignJobController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly events: ImportEvents,
  ) {
    host.addController(this);
    this.job = new AlignJobController(host);
  }

  hostConnected(): void {
    // Files can be dropped anywhere on the element, not only on the pickers.
    this.host.addEventListener('dragover', this.onDragOver);
    this.host.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('dragover', this.onDragOver);
    this.host.removeEventListener('drop', this.onDrop);
  }

  /** How far the running job is, 0..1. */
  get progress(): number {
    return this.job.progress ?? 0;
  }

  /** The pair's tags, Chinese in the chosen script first. */
  languages(): [Lang, Lang] {
    return [this.chinese, DEFAULT_LANGUAGES[1]];
  }

  /** Stop the running job. */
  cancel(): void {
    this.job.cancel();
  }

  /** Take picked or dropped files: two plain texts, one for a side, or one aligned file. */
  async takeFiles(files: readonly File[], side?: SideIndex): Promise<void> {
    this.events.problem('', []);
    const plan = planImport(files);
    switch (plan.kind) {
      case 'too-large': {
        const message = t('editor.tooLarge', { file: plan.file.name, limit: plan.limitMiB });
        this.events.problem(t('editor.failed'), [notice(message)]);
        return;
      }
      case 'refused': {
        const formats = listed(readFamilies(), 'and');
        const message = t('editor.unknownFile', { file: plan.file?.name ?? '', formats });
        this.events.problem(t('editor.failed'), [notice(message)]);
        return;
      }
      case 'aligned': {
        const { file } = plan;
        this.events.working(t('editor.reading', { file: file.name }));
        const bytes = new Uint8Array(await file.arrayBuffer());
        this.events.done(await this.job.run({ type: 'import', name: file.name, bytes }));
        return;
      }
      case 'texts': {
        const read: string[] = [];
        for (const file of plan.files) {
          const text = decodeInput(new Uint8Array(await file.arrayBuffer()), file.name);
          if (!text.ok) {
            this.events.problem(t('editor.failed'), text.issues);
            return;
          }
          read.push(text.value);
        }
        const [first, second] = read;
        if (first === undefined) return;
        this.texts = placeTexts(this.texts, second === undefined ? [first] : [first, second], side);
        this.events.changed();
        this.host.requestUpdate();
        return;
      }
    }
  }

  /** Align the two texts, or say that both are needed. */
  async align(): Promise<void> {
    if (this.texts[0].trim() === '' || this.texts[1].trim() === '') {
      this.events.problem('', [notice(t('editor.needBoth'))]);
      return;
    }
    this.events.problem('', []);
    this.events.working(undefined);
    const request = { type: 'align', texts: this.texts, languages: this.languages() } as const;
    this.events.done(await this.job.run(request));
  }

  /** The import pane's view of this. */
  view(issuesHeading: string, issues: readonly Issue[]): ImportView {
    return {
      languages: this.languages(),
      texts: this.texts,
      issuesHeading,
      issues,
      onText: this.onText,
      onTextKeyDown: this.onTextKeyDown,
      onPickText: this.onPickText,
      onPickAligned: this.onPickAligned,
      onAlign: this.onAlign,
      onScript: this.onScript,
    };
  }

  private readonly onText = (e: Event): void => {
    const area = e.target as HTMLTextAreaElement;
    const texts: [string, string] = [...this.texts];
    texts[sideOf(area)] = area.value;
    this.texts = texts;
    this.events.changed();
  };

  private readonly onTextKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void this.align();
    }
  };

  private readonly onPickText = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    void this.takeFiles([...(input.files ?? [])], sideOf(input));
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
    if (!this.events.accepting()) return;
    const target = e.composedPath()[0];
    const zone = target instanceof Element ? target.closest<HTMLElement>('[data-side]') : null;
    void this.takeFiles(files, zone === null ? undefined : sideOf(zone));
  };

  private readonly onAlign = (): void => {
    void this.align();
  };

  private readonly onScript = (e: Event): void => {
    this.chinese = (e.target as HTMLSelectElement).value;
    storeChinese(this.chinese);
    this.host.requestUpdate();
  };
}
