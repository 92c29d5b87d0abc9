/**
 * What can be done with the finished document: store it and open it in the reader, download it,
 * or export it in the format the export menu has chosen. Each checks the document first and
 * says what stops it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFormatName, type FormatName } from '../../formats/format.ts';
import { t } from '../../i18n/i18n.ts';
import { documentFromState } from '../../model/edit/convert.ts';
import type { AlignmentState } from '../../model/edit/state.ts';
import type { Issue, ParallelText } from '../../model/types.ts';
import { validateDocument } from '../../model/validate.ts';
import { saveLocalDocument } from '../store/documents.ts';
import { exportFormats, type ActionsView } from './actions.ts';
import { download } from './download.ts';
import { OpenLocalDocumentEvent } from './events.ts';
import { mayReplace } from './replace-guard.ts';
import { messageOf, notice } from './parts.ts';

/** What the controller needs from its element. */
export interface ResultEvents {
  /** The alignment being edited, if any. */
  state: () => AlignmentState | undefined;
  /** Show these issues under a heading (none: clear what was shown). */
  showIssues: (heading: string, issues: readonly Issue[]) => void;
  /** The document is not valid: open the details, where most fixes are made. */
  invalid: () => void;
  /** Called before the page goes to the reader: the work must be saved by then. */
  beforeLeaving: () => Promise<void>;
}

/** Opening, downloading and exporting the finished document. */
export class ResultController implements ReactiveController {
  /** The format the export menu has chosen: at first the first one it offers. */
  exportFormat: FormatName = exportFormats()[0]?.name ?? 'json';

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly events: ResultEvents,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: everything here happens on a click.
  }

  /** The actions' view of this; `onStartOver` is the element's. */
  view(onStartOver: () => Promise<void>): ActionsView {
    return {
      exportFormat: this.exportFormat,
      onOpenInReader: this.onOpenInReader,
      onExport: this.onExport,
      onExportChoice: this.onExportChoice,
      onStartOver,
    };
  }

  /** The document, validated; when it is not valid the issues are shown and undefined returned. */
  private finishedDocument(): ParallelText | undefined {
    const state = this.events.state();
    if (state === undefined) return undefined;
    const result = validateDocument(documentFromState(state));
    if (!result.ok) {
      this.events.showIssues(t('editor.invalid'), result.issues);
      this.events.invalid();
      return undefined;
    }
    this.events.showIssues('', []);
    return result.value;
  }

  /** Run something that may fail for reasons outside the document; say so if it does. */
  private async attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (err) {
      this.events.showIssues(t('editor.failed'), [notice(messageOf(err))]);
      return false;
    }
  }

  private readonly onOpenInReader = async (): Promise<void> => {
    const doc = this.finishedDocument();
    if (doc === undefined) return;
    if (!(await mayReplace(doc))) {
      this.events.showIssues('', [notice(t('web.replaceDeclined'))]);
      return;
    }
    if (!(await this.attempt(() => saveLocalDocument(doc)))) return;
    await this.events.beforeLeaving();
    // A listener (the app shell) may open the reader itself; otherwise the page goes there.
    if (this.host.dispatchEvent(new OpenLocalDocumentEvent(doc.id))) {
      const url = new URL(window.location.href);
      url.search = '';
      url.hash = '';
      url.searchParams.set('doc', `local:${doc.id}`);
      window.location.assign(url);
    }
  };

  private readonly onExport = async (e: Event): Promise<void> => {
    const name = (e.currentTarget as HTMLElement).dataset.format ?? '';
    const doc = this.finishedDocument();
    if (doc === undefined || !isFormatName(name)) return;
    await this.attempt(() => download(doc, name));
  };

  private readonly onExportChoice = (e: Event): void => {
    const name = (e.target as HTMLSelectElement).value;
    if (isFormatName(name)) this.exportFormat = name;
    this.host.requestUpdate();
  };
}
