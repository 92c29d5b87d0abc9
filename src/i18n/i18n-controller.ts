import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { i18n } from './i18n.ts';

/** Re-renders its host when the interface language changes. */
export class I18nController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onChange = (): void => {
    this.host.requestUpdate();
  };

  hostConnected(): void {
    i18n.on('languageChanged', this.onChange);
  }

  hostDisconnected(): void {
    i18n.off('languageChanged', this.onChange);
  }
}
