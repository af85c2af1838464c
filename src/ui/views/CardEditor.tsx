import { localized, NEED_LAYERS, type TechniqueCard } from '../../core';
import { ExternalLink } from '../components/ExternalLink';
import { Markdown } from '../components/Markdown';
import { useI18n } from '../i18n';
import { CardForm } from '../library/CardForm';
import { useLibraryActions } from '../library/actions';
import { PublishMenu } from '../library/PublishMenu';
import { NeedBadge } from './NeedBadge';
import { useLibraryState } from '../library/useLibrary';

/** A card in an editor tab: read view with its actions, or the form while a draft is being edited. */
export function CardEditor({ cardId, draft }: { cardId: string; draft?: TechniqueCard }) {
  const cards = useLibraryState((state) => state.cards);
  const { t } = useI18n();
  const card = cards.find((candidate) => candidate.id === cardId);
  if (draft) return <CardForm draft={draft} saved={card} />;
  if (!card) return <p className="muted">{t('card.missing')}</p>;
  return <CardView card={card} />;
}

function CardView({ card }: { card: TechniqueCard }) {
  const { t, language } = useI18n();
  const actions = useLibraryActions();
  const cards = useLibraryState((state) => state.cards);
  const titleOf = (id: string) => {
    const found = cards.find((candidate) => candidate.id === id);
    return found ? localized(found.title, language) : undefined;
  };
  const derivedFrom = card.provenance.derivedFrom ? titleOf(card.provenance.derivedFrom) : undefined;
  // Related cards ("zie ook"), each with what sets the two apart.
  const seeAlso = card.seeAlso ?? [];
  const builtIn = card.provenance.origin === 'built-in';
  const text = (value: { nl: string; en: string }) => localized(value, language);
  return (
    <article className="card-view" aria-labelledby="card-view-title">
      <header className="card-view-header">
        <h1 id="card-view-title">{text(card.title)}</h1>
        <div className="toolbar" role="toolbar" aria-label={t('card.actions')}>
          {builtIn ? (
            <button type="button" className="button" onClick={() => actions.duplicateCard(card)}>
              <span className="codicon codicon-copy" aria-hidden="true" /> {t('card.duplicateToEdit')}
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={() => actions.editCard(card)}>
                <span className="codicon codicon-edit" aria-hidden="true" /> {t('card.edit')}
              </button>
              <button type="button" className="button secondary" onClick={() => actions.duplicateCard(card)}>
                <span className="codicon codicon-copy" aria-hidden="true" /> {t('card.duplicate')}
              </button>
              <button type="button" className="button secondary" onClick={() => void actions.deleteCard(card)}>
                <span className="codicon codicon-trash" aria-hidden="true" /> {t('card.delete')}
              </button>
              {/* A team card is already shared: it is edited where it is, not published again. */}
              {card.provenance.origin !== 'team' && <PublishMenu title={text(card.title)} onPublish={(folder) => void actions.publishCard(card, folder)} />}
            </>
          )}
        </div>
      </header>
      <p className="muted">
        {t(`tradition.${card.tradition}`)} · {t('card.duration', { minutes: card.defaultDurationMinutes })} ·{' '}
        {card.workForm ? `${t(`blockType.${card.workForm}`)} · ` : ''}
        {t(`groupFormat.${card.groupFormat}`)} ·{' '}
        {t(`origin.${card.provenance.origin}`)}
        {card.provenance.origin === 'team' && card.provenance.team ? ` ${card.provenance.team}` : ''}
        {card.provenance.author ? ` · ${card.provenance.author}` : ''}
        {derivedFrom ? ` · ${t('card.derivedFrom', { title: derivedFrom })}` : ''}
      </p>
      {builtIn && <p className="banner">{t('card.builtInReadOnly')}</p>}
      <p className="card-summary">{text(card.summary)}</p>

      <h2>{t('card.field.needs')}</h2>
      {NEED_LAYERS.map((layer) => {
        const mappings = card.needs.filter((mapping) => mapping.layer === layer);
        if (mappings.length === 0) return null;
        return (
          <section key={layer} className="need-layer" aria-labelledby={`card-needs-${layer}`}>
            <h3 id={`card-needs-${layer}`}>{t(`card.needs.${layer}`)}</h3>
            <ul className="need-list">
              {mappings.map((mapping, index) => (
                <li key={`${mapping.need}-${mapping.effect}-${index}`}>
                  <NeedBadge mapping={mapping} /> {text(mapping.rationale)} <span className="evidence">{t(`evidence.${mapping.evidence}`)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <h2>{t('card.field.goal')}</h2>
      <p>{text(card.goal)}</p>
      <h2>{t('card.field.instructions')}</h2>
      <Markdown source={text(card.instructions)} />
      {card.exampleQuestions.length > 0 && (
        <>
          <h2>{t('card.field.exampleQuestions')}</h2>
          <ul className="example-questions">
            {card.exampleQuestions.map((question, index) => (
              <li key={index}>{text(question)}</li>
            ))}
          </ul>
        </>
      )}
      {card.materials.length > 0 && (
        <>
          <h2>{t('card.field.materials')}</h2>
          <ul>
            {card.materials.map((material, index) => (
              <li key={index}>{text(material)}</li>
            ))}
          </ul>
        </>
      )}
      <section className="trainer-only" aria-labelledby="trainer-notes-title">
        <h2 id="trainer-notes-title">
          <span className="codicon codicon-eye-closed" aria-hidden="true" /> {t('card.field.trainerNotes')}
        </h2>
        <Markdown source={text(card.trainerNotes)} />
      </section>
      <h2>{t('card.field.sources')}</h2>
      <ul className="sources">
        {card.sources.map((source, index) => (
          <li key={index}>
            {source.citation}
            {source.url && (
              <>
                {' '}
                <ExternalLink url={source.url} />
              </>
            )}
          </li>
        ))}
      </ul>
      {seeAlso.length > 0 && (
        <section className="see-also" aria-labelledby="card-see-also">
          <h2 id="card-see-also">{t('card.seeAlso')}</h2>
          <ul>
            {seeAlso.map((link) => {
              const title = titleOf(link.cardId);
              const difference = text(link.difference).trim();
              return (
                <li key={link.cardId}>
                  {title ? (
                    <button type="button" className="link-button" onClick={() => actions.openCard(link.cardId)}>
                      {title}
                    </button>
                  ) : (
                    <span className="muted">{t('card.seeAlso.missing')}</span>
                  )}
                  {difference && <> — {difference}</>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {card.tags.length > 0 && (
        <p className="tags">
          {card.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
