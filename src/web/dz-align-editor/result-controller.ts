/**
 * What can be done with the finished document: store it and open it in the reader, download it,
 * or export it in the format the export menu has chosen. The host says what the document is
 * (validated, or undefined with its issues shown) and how to report a failure.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isFormatName, type FormatName } from '../../formats/format.ts';
import type { ParallelText } from '../../model/types.ts';
import { saveLocalDocument } from '../store/documents.ts';
import { exportFormats, type ActionsView } from './actions.ts';
import { download } from './download.ts';
import { OpenLocalDocumentEvent } from './events.ts';

/** What the controller needs from its element. */
export interface ResultEvents {
  /** The document if it is valid; otherwise its issues are shown and undefined returned. */
  finishedDocument: () => ParallelText | undefined;
  /** Run work that may fail for reasons outside the document; false (and said) if it did. */
  attempt: (work: () => Promise<void>) => Promise<boolean>;
  /** Called before the page goes to the reader: the work must be saved by then. */
  beforeLeaving: () => Promise<void>;
}

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

  private readonly onOpenInReader = async (): Promise<void> => {
    const doc = this.events.finishedDocument();
    if (doc === undefined) return;
    if (!(await this.events.attempt(() => saveLocalDocument(doc)))) return;
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
    const doc = this.events.finishedDocument();
    if (doc === undefined || !isFormatName(name)) return;
    await this.events.attempt(() => download(doc, name));
  };

  private readonly onExportChoice = (e: Event): void => {
    const name = (e.target as HTMLSelectElement).value;
    if (isFormatName(name)) this.exportFormat = name;
    this.host.requestUpdate();
  };
}
