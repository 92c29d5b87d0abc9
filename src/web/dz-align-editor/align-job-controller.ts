/**
 * Runs one alignment or import at a time in a module worker, and re-renders its host as progress
 * comes in. Cancelling, starting another job or disconnecting the host ends the worker.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AlignmentState } from '../../model/edit/state.ts';
import type { Issue } from '../../model/types.ts';
import type { AlignRequest, AlignResponse } from '../workers/align.worker.ts';

/** How a job ended. */
export type JobResult =
  | { ok: true; state: AlignmentState }
  | { ok: false; issues: Issue[] }
  | { ok: false; cancelled: true };

/** One worker job at a time, its progress, and its end. */
export class AlignJobController implements ReactiveController {
  /** 0..1 while a job runs; undefined when none does. */
  progress: number | undefined;

  private worker: Worker | undefined;
  private finish: ((result: JobResult) => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: a job begins when the person asks for one.
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Start a job, ending any running one. */
  run(request: AlignRequest): Promise<JobResult> {
    this.cancel();
    const worker = new Worker(new URL('../workers/align.worker.ts', import.meta.url), {
      type: 'module',
    });
    this.worker = worker;
    this.progress = 0;
    this.host.requestUpdate();
    return new Promise<JobResult>((resolve) => {
      this.finish = resolve;
      worker.addEventListener('message', (e: MessageEvent<AlignResponse>) => {
        const msg = e.data;
        if (msg.type === 'progress') {
          this.progress = msg.done;
          this.host.requestUpdate();
        } else {
          this.end(
            msg.type === 'done'
              ? { ok: true, state: msg.state }
              : { ok: false, issues: msg.issues },
          );
        }
      });
      worker.addEventListener('error', (e: ErrorEvent) => {
        this.end({ ok: false, issues: [{ code: 'worker', message: e.message }] });
      });
      worker.postMessage(request, request.type === 'import' ? [request.bytes.buffer] : []);
    });
  }

  /** Stop the running job; its promise resolves as cancelled. */
  cancel(): void {
    this.end({ ok: false, cancelled: true });
  }

  private end(result: JobResult): void {
    this.worker?.terminate();
    this.worker = undefined;
    const finish = this.finish;
    this.finish = undefined;
    if (this.progress !== undefined) {
      this.progress = undefined;
      this.host.requestUpdate();
    }
    finish?.(result);
  }
}
