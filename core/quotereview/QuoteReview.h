// Turning quote suggestions into the reader's decisions: which suggestions are still open, and what an
// accepted one becomes (a quote annotation, with the registry's speaker or a new one).
#pragma once

#include "annotation/Annotation.h"
#include "annotation/SpeakerStore.h"
#include "quotes/QuoteSuggestion.h"

#include <QSet>

namespace gloss {

// The suggestions not yet decided: not rejected (by their words) and not already covered by a quote
// annotation (one that overlaps at least half of the suggestion or of itself — the reader may have
// trimmed or widened the passage when accepting or quoting it by hand).
QList<quotes::QuoteSuggestion> openSuggestions(const QList<quotes::QuoteSuggestion> &suggestions,
                                               const QList<Annotation> &annotations, const QSet<QString> &rejected);

// The quote annotation an accepted suggestion becomes (speakerId still 0).
Annotation annotationFromSuggestion(qint64 articleId, const QString &text, const quotes::QuoteSuggestion &s,
                                    const QString &color);
QuoteKind annotationQuoteKind(quotes::QuoteKind kind);

// The speaker to create when the registry does not know the suggestion's speaker.
Speaker speakerFromSuggestion(const quotes::QuoteSuggestion &s);
// The registry's speaker for the suggestion: by its name, else by any of the article's names for them
// ("Putin" is an alias of Vladimir Putin). 0 when unknown.
Result<qint64> knownSpeaker(SpeakerStore &store, const quotes::QuoteSuggestion &s);

} // namespace gloss
