#include "GlossNotesParser.h"

#include "JsonFields.h"

#include "annotation/Annotation.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QString indexed(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

ExportedSpeaker parseSpeaker(const QJsonObject &object, const QString &path, QString &error)
{
    JsonFields f(object, path, error);
    ExportedSpeaker s;
    s.id = f.integer(u"id"_s).value_or(0);
    s.name = f.text(u"name"_s, JsonFields::Required);
    if (f.ok() && s.name.simplified().isEmpty())
        f.fail(u"name"_s, u"a speaker needs a name"_s);
    s.role = f.text(u"role"_s);
    s.note = f.text(u"note"_s);
    s.aliases = f.strings(u"aliases"_s);
    return s;
}

void parsePosition(JsonFields &f, ExportedAnnotation &n, const QString &text, QString &error)
{
    const auto position = f.object(u"position"_s);
    if (!position) {
        if (f.ok() && n.state != u"orphan"_s)
            f.fail(u"position"_s, u"missing: only an orphan has no position"_s);
        return;
    }
    JsonFields p(*position, f.path(u"position"_s), error);
    const auto start = p.integer(u"start"_s, JsonFields::Required);
    const auto end = p.integer(u"end"_s, JsonFields::Required);
    if (!p.ok())
        return;
    // An export without content has an empty text; then there is nothing to check against.
    if (*start < 0 || *end < *start || (!text.isEmpty() && *end > text.size())) {
        p.fail(u"end"_s, u"%1..%2 is not a range in the article's text (%3 UTF-16 units)"_s.arg(*start).arg(*end).arg(text.size()));
        return;
    }
    n.start = int(*start);
    n.end = int(*end);
}

ExportedAnnotation parseAnnotation(const QJsonObject &object, const QString &path, const QString &text, QString &error)
{
    JsonFields f(object, path, error);
    ExportedAnnotation n;
    n.id = f.integer(u"id"_s).value_or(0);
    n.uuid = f.text(u"uuid"_s, JsonFields::Required).trimmed();
    if (f.ok() && n.uuid.isEmpty())
        f.fail(u"uuid"_s, u"empty: the uuid is what identifies an annotation"_s);
    n.kind = f.text(u"kind"_s, JsonFields::Required);
    if (f.ok() && !kindFromName(n.kind))
        f.fail(u"kind"_s, u"'%1' is not highlight, comment or quote"_s.arg(n.kind));
    n.color = f.text(u"color"_s);
    n.state = f.text(u"state"_s, JsonFields::Required);
    if (f.ok() && n.state != u"anchored"_s && n.state != u"changed"_s && n.state != u"orphan"_s)
        f.fail(u"state"_s, u"'%1' is not anchored, changed or orphan"_s.arg(n.state));
    if (f.ok())
        parsePosition(f, n, text, error);
    if (const auto quote = f.object(u"quote"_s, JsonFields::Required)) {
        JsonFields q(*quote, f.path(u"quote"_s), error);
        n.exact = q.text(u"exact"_s, JsonFields::Required);
        n.prefix = q.text(u"prefix"_s);
        n.suffix = q.text(u"suffix"_s);
    }
    n.originalExact = f.text(u"original_exact"_s);
    n.comment = f.text(u"comment"_s);
    n.tags = f.strings(u"tags"_s);
    if (const auto speaker = f.object(u"speaker"_s)) {
        JsonFields s(*speaker, f.path(u"speaker"_s), error);
        n.speaker.id = s.integer(u"id"_s).value_or(0);
        n.speaker.name = s.text(u"name"_s, JsonFields::Required);
        if (s.ok() && n.speaker.name.simplified().isEmpty())
            s.fail(u"name"_s, u"a speaker needs a name"_s);
        // Any non-zero id marks "has a speaker"; the import resolves the person by the name.
        n.speakerId = n.speaker.id ? n.speaker.id : -1;
    }
    n.quoteKind = f.text(u"quote_kind"_s);
    if (f.ok() && !quoteKindFromName(n.quoteKind))
        f.fail(u"quote_kind"_s, u"'%1' is not direct, partial or reported"_s.arg(n.quoteKind));
    n.verb = f.text(u"verb"_s);
    n.created = f.time(u"created"_s);
    n.updated = f.time(u"updated"_s);
    return n;
}

ExportedArticle parseArticle(const QJsonObject &object, const QString &path, QString &error)
{
    JsonFields f(object, path, error);
    ExportedArticle a;
    a.id = f.integer(u"id"_s).value_or(0);
    a.sourceKey = f.text(u"source_key"_s, JsonFields::Required);
    if (f.ok() && a.sourceKey.isEmpty())
        f.fail(u"source_key"_s, u"empty: the source key is what identifies an article"_s);
    a.title = f.text(u"title"_s, JsonFields::Required);
    a.source = f.text(u"source"_s);
    a.feedTitle = f.text(u"feed_title"_s);
    a.url = f.text(u"url"_s);
    a.author = f.text(u"author"_s);
    a.format = f.text(u"format"_s);
    a.published = f.time(u"published"_s);
    a.added = f.time(u"added"_s);
    a.tags = f.strings(u"tags"_s);
    a.text = f.text(u"text"_s, JsonFields::Required);
    a.html = f.text(u"html"_s, JsonFields::Required);
    const auto annotations = f.array(u"annotations"_s);
    if (!annotations)
        return a;
    const QString listPath = f.path(u"annotations"_s);
    for (qsizetype i = 0; i < annotations->size() && error.isEmpty(); ++i) {
        if (!annotations->at(i).isObject()) {
            error = u"%1: an object expected"_s.arg(indexed(listPath, i));
            break;
        }
        a.annotations << parseAnnotation(annotations->at(i).toObject(), indexed(listPath, i), a.text, error);
    }
    return a;
}

template<typename T, typename Parse>
QList<T> parseList(JsonFields &root, const QString &key, JsonFields::Presence presence, QString &error, Parse parse)
{
    QList<T> result;
    const auto list = root.array(key, presence);
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size() && error.isEmpty(); ++i) {
        if (!list->at(i).isObject()) {
            error = u"%1: an object expected"_s.arg(indexed(key, i));
            break;
        }
        result << parse(list->at(i).toObject(), indexed(key, i), error);
    }
    return result;
}

} // namespace

Result<GlossNotesDocument> parseGlossNotes(const QJsonObject &root)
{
    QString error;
    JsonFields f(root, QString(), error);
    const QString format = f.text(u"format"_s, JsonFields::Required);
    if (!f.ok())
        return Error{u"not a gloss-notes file: %1"_s.arg(error)};
    if (format != u"gloss-notes"_s)
        return Error{u"the format is '%1', not gloss-notes"_s.arg(format)};
    const auto version = f.integer(u"version"_s, JsonFields::Required);
    if (!f.ok())
        return Error{error};
    if (*version > GlossNotesVersion)
        return Error{u"gloss-notes version %1 is newer than this Gloss reads (version %2); update Gloss to import it"_s
                         .arg(*version)
                         .arg(GlossNotesVersion)};
    if (*version < 1)
        return Error{u"version: %1 is not a gloss-notes version"_s.arg(*version)};

    GlossNotesDocument doc;
    doc.articles = parseList<ExportedArticle>(f, u"articles"_s, JsonFields::Required, error, parseArticle);
    doc.speakers = parseList<ExportedSpeaker>(f, u"speakers"_s, JsonFields::Optional, error, parseSpeaker);
    doc.tags = f.strings(u"tags"_s);
    if (!error.isEmpty())
        return Error{error};
    return doc;
}

} // namespace gloss
