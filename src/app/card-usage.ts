import type { HostApi, MethodOutput } from '../contract';
import type { DocumentService } from './documents';
import { Store } from './store';

type CardUsage = MethodOutput<'library.cardUsage'>[number];

/**
 * How each card went on the days run live, as the host derives it from the trainings opened or saved here.
 * Asked again whenever a training is opened or saved (its revision changes), which is when the host has
 * taken in its runs.
 */
export class CardUsageService {
  readonly store = new Store<ReadonlyMap<string, CardUsage>>(new Map());
  private revisions = '';
  private readonly stop: () => void;

  constructor(
    private readonly host: Pick<HostApi, 'library.cardUsage'>,
    documents: DocumentService,
    private readonly onFailure: (error: unknown) => void,
  ) {
    this.stop = documents.store.subscribe(() => {
      const revisions = Object.values(documents.store.get()).map((copy) => `${copy.path}@${copy.revision}`).sort().join('\n');
      if (revisions === this.revisions) return;
      this.revisions = revisions;
      void this.refresh();
    });
  }

  async refresh(): Promise<void> {
    try {
      const usage = await this.host['library.cardUsage']({});
      this.store.set(new Map(usage.map((card) => [card.cardId, card])));
    } catch (error) {
      this.onFailure(error);
    }
  }

  dispose(): void {
    this.stop();
  }
}
