// The value types an export is made of: what the reader (ExportReader) gathers from a library and
// every writer turns into bytes. Plain data with no store behind it, so a writer is a pure function
// of these structs and a dialog can build a preview from an in-memory ExportBundle.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

struct ExportedSpeaker {
    qint64 id = 0;
    QString name;
    QString role;
    QString note;
    QStringList aliases;
};

struct ExportedAnnotation {
    qint64 id = 0;
    QString uuid;
    QString kind;          // highlight|comment|quote
    QString color;         // palette name ("yellow")
    int start = -1;        // TextPositionSelector into the article text; -1 for orphans
    int end = -1;
    QString exact;         // the words covered now
    QString prefix;
    QString suffix;
    QString originalExact; // the words at capture when they have changed since
    QString state;         // anchored|changed|orphan
    QString comment;       // Markdown
    QStringList tags;
    qint64 speakerId = 0;  // 0: no speaker; else `speaker` is filled
    ExportedSpeaker speaker;
    QString quoteKind;     // direct|partial|reported or empty
    QString verb;
    QDateTime created;
    QDateTime updated;

    bool hasSpeaker() const { return speakerId != 0; }
    bool hasPosition() const { return start >= 0 && end >= start; }
};

struct ExportedArticle {
    qint64 id = 0;
    QString sourceKey;
    QString title;
    QString source;     // site, feed title or file name, as the article list shows it
    QString feedTitle;  // the subscribed feed's title, when it came from one
    QString url;        // empty for imported files
    QString author;
    QString format;
    QDateTime published; // invalid when unknown
    QDateTime added;
    QStringList tags;    // the article's labels
    QString text;        // canonical text (selectors point into it); empty unless content was asked for
    QString html;        // sanitised HTML; empty unless content was asked for
    QList<ExportedAnnotation> annotations;
};

// Library-wide facts a writer may need before the first article (a W3C collection states its total
// up front) or after the last (the JSON format lists the speakers and tags it used).
struct ExportHeader {
    QDateTime exportedAt;
    QString title;          // what was exported, e.g. "Quotes by Jane Doe"
    bool wholeLibrary = false;
    qint64 articleCount = 0;
    qint64 annotationCount = 0;
    QList<ExportedSpeaker> speakers; // every speaker of the library (few), by name
    QStringList tags;                // every label of the library, by name
};

// Everything at once, for previews and tests; the CLI streams article by article instead.
struct ExportBundle {
    ExportHeader header;
    QList<ExportedArticle> articles;
};

// A URI naming the article: its URL when it has an absolute one, else a stable URN built from its
// source key (imported files have no URL, and a file path is private and not a URI).
QString articleUri(const ExportedArticle &article);
// urn:uuid:<uuid> when the stored uuid is one (it always is for Gloss's own annotations), else a
// deterministic URN from the article and the annotation's id.
QString annotationUri(const ExportedAnnotation &annotation, const ExportedArticle &article);
// Timestamps as every format writes them: ISO 8601 in UTC with a 'Z', seconds precision.
QString exportTimestamp(const QDateTime &time);

} // namespace gloss
