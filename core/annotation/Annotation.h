// Annotation: a highlight, comment or speaker-tagged quote on a passage of one article.
//
// The passage is held by W3C-style selectors into the article's canonical text (Selectors.h). When
// the article's text changes, re-anchoring (Anchoring.h) moves the selectors or marks the annotation
// Changed (the words differ from what was captured; originalExact keeps them) or Orphan (no place
// found; kept, listed and exported, never deleted silently).
#pragma once

#include "Selectors.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace gloss {

enum class AnnotationKind { Highlight, Comment, Quote };
enum class QuoteKind { None, Direct, Partial, Reported };
enum class AnchorStatus { Anchored, Changed, Orphan };

struct Annotation {
    qint64 id = 0;
    QString uuid;               // stable across export/import; the W3C id is built from it
    qint64 articleId = 0;
    AnnotationKind kind = AnnotationKind::Highlight;
    QString color = QStringLiteral("yellow");
    TextSelectors selectors;    // quote.exact is the text covered now
    QString originalExact;      // the wording at capture, when it has changed since
    AnchorStatus status = AnchorStatus::Anchored;
    QString comment;            // Markdown
    qint64 speakerId = 0;       // 0: nobody
    QString speakerName;        // read from the speaker registry; not written
    QuoteKind quoteKind = QuoteKind::None;
    QString verb;               // attribution verb when known ("said", "warned")
    QStringList tags;
    QDateTime created;
    QDateTime updated;

    int start() const { return selectors.position.start; }
    int end() const { return selectors.position.end; }
    const QString &exact() const { return selectors.quote.exact; }
};

QString kindName(AnnotationKind kind);
std::optional<AnnotationKind> kindFromName(const QString &name);
QString quoteKindName(QuoteKind kind);           // "" for None
std::optional<QuoteKind> quoteKindFromName(const QString &name);
QString statusName(AnchorStatus status);         // anchored|changed|orphan
AnchorStatus statusFromName(const QString &name);

} // namespace gloss
