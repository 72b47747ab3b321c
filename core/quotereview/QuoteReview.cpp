#include "QuoteReview.h"

#include "annotation/Selectors.h"

#include <algorithm>

namespace gloss {

QList<quotes::QuoteSuggestion> openSuggestions(const QList<quotes::QuoteSuggestion> &suggestions,
                                               const QList<Annotation> &annotations, const QSet<QString> &rejected)
{
    QList<quotes::QuoteSuggestion> open;
    for (const quotes::QuoteSuggestion &s : suggestions) {
        if (rejected.contains(s.exact))
            continue;
        const bool taken = std::any_of(annotations.begin(), annotations.end(), [&](const Annotation &a) {
            if (a.kind != AnnotationKind::Quote || a.status == AnchorStatus::Orphan)
                return false;
            const int overlap = std::min(a.end(), s.end) - std::max(a.start(), s.start);
            return overlap > 0 && (2 * overlap >= s.end - s.start || 2 * overlap >= a.end() - a.start());
        });
        if (!taken)
            open.append(s);
    }
    return open;
}

QuoteKind annotationQuoteKind(quotes::QuoteKind kind)
{
    switch (kind) {
    case quotes::QuoteKind::Direct: return QuoteKind::Direct;
    case quotes::QuoteKind::Partial: return QuoteKind::Partial;
    case quotes::QuoteKind::Reported: return QuoteKind::Reported;
    }
    return QuoteKind::None;
}

Annotation annotationFromSuggestion(qint64 articleId, const QString &text, const quotes::QuoteSuggestion &s,
                                    const QString &color)
{
    Annotation a;
    a.articleId = articleId;
    a.kind = AnnotationKind::Quote;
    a.color = color;
    a.selectors = captureSelectors(text, s.start, s.end);
    a.quoteKind = annotationQuoteKind(s.kind);
    a.verb = s.cue.toLower();
    return a;
}

Speaker speakerFromSuggestion(const quotes::QuoteSuggestion &s)
{
    Speaker speaker;
    speaker.name = s.speaker;
    speaker.role = s.speakerRole;
    for (const QString &alias : s.speakerAliases)
        if (alias.compare(s.speaker, Qt::CaseInsensitive) != 0 && !speaker.aliases.contains(alias, Qt::CaseInsensitive))
            speaker.aliases.append(alias);
    return speaker;
}

Result<qint64> knownSpeaker(SpeakerStore &store, const quotes::QuoteSuggestion &s)
{
    if (s.speaker.isEmpty())
        return qint64(0);
    QStringList names{s.speaker};
    names << s.speakerAliases;
    for (const QString &name : std::as_const(names)) {
        auto found = store.findByNameOrAlias(name);
        if (!found)
            return Error{found.error()};
        if (found->has_value())
            return (*found)->id;
    }
    return qint64(0);
}

} // namespace gloss
