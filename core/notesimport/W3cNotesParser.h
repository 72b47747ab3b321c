// Reading W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/) into what Gloss can
// keep of an annotation: an AnnotationCollection with its pages embedded (first, then any embedded
// next), a single AnnotationPage, a bare array of annotations, or one Annotation. Each annotation
// must target a source with a TextQuoteSelector and/or a TextPositionSelector (Gloss annotates
// passages); TextualBody bodies become the comment (purpose commenting or none), tags (tagging) and
// the speaker (identifying). What cannot be kept (external bodies, other selector types, extra
// targets) is reported as a warning, never dropped without a word. Pure: no library involved.
#pragma once

#include "annotation/Selectors.h"
#include "store/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

namespace gloss {

struct W3cNote {
    QString id;                  // as written; empty when the annotation has none
    QString where;               // its place in the file, for messages ("items[3]")
    QString source;              // the target's source IRI
    bool hasQuote = false;
    TextQuoteSelector quote;
    bool hasPosition = false;
    qint64 start = 0;            // code points, as the model counts
    qint64 end = 0;
    QString comment;
    QStringList tags;
    QString speaker;
    QString color;               // a palette name from a "gloss-<name>" styleClass; empty otherwise
    QDateTime created;
    QDateTime modified;
};

Result<QList<W3cNote>> parseW3cNotes(const QJsonValue &root, QStringList *warnings);

// Whether a parsed JSON document looks like Web Annotation JSON-LD (an @context, or a type the model
// defines, or an array of such objects) rather than another JSON file.
bool looksLikeW3c(const QJsonValue &root);

} // namespace gloss
