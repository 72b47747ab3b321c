// ExportScope: which articles and annotations an export holds.
//
// The filters combine with AND: articleIds narrows to those articles (one article, a selection, or
// the results of a search — any list of ids); speaker keeps only quotes attributed to that speaker
// (matched by name or alias); tag keeps annotations carrying the tag, and articles labelled with it.
// No filter at all means the whole library. Without explicit ids only articles that have something
// in scope are exported; includeUnannotated adds the rest (a full backup wants every article).
#pragma once

#include <QList>
#include <QString>

namespace gloss {

struct ExportScope {
    QList<qint64> articleIds; // empty: any article
    QString speaker;          // name or alias; empty: anyone (and annotations without a speaker)
    QString tag;              // empty: any
    bool includeUnannotated = false;
    bool withContent = false; // also read each article's text and HTML (JSON backups need them)

    static ExportScope article(qint64 id) { return forArticles({id}); }
    static ExportScope forArticles(const QList<qint64> &ids)
    {
        ExportScope s;
        s.articleIds = ids;
        return s;
    }
    static ExportScope bySpeaker(const QString &name)
    {
        ExportScope s;
        s.speaker = name;
        return s;
    }
    static ExportScope byTag(const QString &tag)
    {
        ExportScope s;
        s.tag = tag;
        return s;
    }
    static ExportScope wholeLibrary() { return {}; }

    bool isWholeLibrary() const { return articleIds.isEmpty() && speaker.isEmpty() && tag.isEmpty(); }
};

} // namespace gloss
