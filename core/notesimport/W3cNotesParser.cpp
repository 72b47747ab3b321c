#include "W3cNotesParser.h"

#include "JsonFields.h"

#include "annotation/Palette.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// `type` (and `purpose`, `motivation`) may be one string or an array of them.
bool hasType(const QJsonValue &value, const QString &type)
{
    if (value.isString())
        return value.toString() == type;
    const QJsonArray list = value.toArray();
    return std::any_of(list.begin(), list.end(), [&type](const QJsonValue &v) { return v.toString() == type; });
}

QString firstString(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    const QJsonArray list = value.toArray();
    return list.isEmpty() ? QString() : list.first().toString();
}

QJsonArray asList(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

class NoteReader {
public:
    NoteReader(QStringList *warnings, QString &error) : m_warnings(warnings), m_error(error) {}
    W3cNote read(const QJsonObject &object, const QString &where);

private:
    void readTarget(W3cNote &note, const QJsonValue &target);
    void readSelector(W3cNote &note, const QJsonObject &selector, const QString &path);
    void readBody(W3cNote &note, const QJsonValue &body, const QString &motivation, const QString &path);
    QString label(const W3cNote &note) const { return note.id.isEmpty() ? note.where : note.id; }

    QStringList *m_warnings;
    QString &m_error;
};

W3cNote NoteReader::read(const QJsonObject &object, const QString &where)
{
    W3cNote note;
    note.where = where;
    JsonFields f(object, where, m_error);
    note.id = f.text(u"id"_s);
    if (f.ok() && !hasType(object.value(u"type"_s), u"Annotation"_s))
        f.fail(u"type"_s, u"not an Annotation"_s);
    if (!f.has(u"target"_s))
        f.fail(u"target"_s, u"missing: an annotation needs a target"_s);
    if (!f.ok())
        return note;
    readTarget(note, object.value(u"target"_s));
    note.created = f.time(u"created"_s);
    note.modified = f.time(u"modified"_s);
    const QString motivation = firstString(object.value(u"motivation"_s));
    readBody(note, object.value(u"body"_s), motivation, f.path(u"body"_s));
    // bodyValue is the model's shorthand for one plain-text comment.
    if (const QString value = f.text(u"bodyValue"_s); !value.isEmpty())
        note.comment = note.comment.isEmpty() ? value : note.comment + u"\n\n"_s + value;
    if (m_error.isEmpty() && !note.hasQuote && !note.hasPosition)
        m_error = u"%1: no TextQuoteSelector or TextPositionSelector: Gloss annotates passages of an article's text"_s.arg(where);
    return note;
}

void NoteReader::readTarget(W3cNote &note, const QJsonValue &value)
{
    const QJsonArray targets = asList(value);
    if (targets.isEmpty()) {
        m_error = u"%1.target: empty"_s.arg(note.where);
        return;
    }
    if (targets.size() > 1)
        m_warnings->append(u"%1: only the first of its %2 targets is imported"_s.arg(label(note)).arg(targets.size()));
    const QJsonValue target = targets.first();
    const QString path = note.where + u".target"_s;
    if (target.isString()) {
        note.source = target.toString();
        return;
    }
    if (!target.isObject()) {
        m_error = u"%1: a source IRI or a SpecificResource expected"_s.arg(path);
        return;
    }
    const QJsonObject object = target.toObject();
    JsonFields f(object, path, m_error);
    note.source = f.text(u"source"_s, JsonFields::Required);
    const QString styleClass = f.text(u"styleClass"_s);
    if (styleClass.startsWith(u"gloss-"_s) && isPaletteColor(styleClass.mid(6)))
        note.color = styleClass.mid(6);
    const QJsonArray selectors = asList(object.value(u"selector"_s));
    for (qsizetype i = 0; i < selectors.size() && m_error.isEmpty(); ++i) {
        const QString selectorPath = u"%1.selector[%2]"_s.arg(path).arg(i);
        if (!selectors[i].isObject()) {
            m_warnings->append(u"%1: a selector by reference is not followed"_s.arg(selectorPath));
            continue;
        }
        readSelector(note, selectors[i].toObject(), selectorPath);
    }
}

void NoteReader::readSelector(W3cNote &note, const QJsonObject &selector, const QString &path)
{
    JsonFields f(selector, path, m_error);
    const QJsonValue type = selector.value(u"type"_s);
    if (hasType(type, u"TextQuoteSelector"_s)) {
        note.quote.exact = f.text(u"exact"_s, JsonFields::Required);
        note.quote.prefix = f.text(u"prefix"_s);
        note.quote.suffix = f.text(u"suffix"_s);
        note.hasQuote = f.ok();
    } else if (hasType(type, u"TextPositionSelector"_s)) {
        const auto start = f.integer(u"start"_s, JsonFields::Required);
        const auto end = f.integer(u"end"_s, JsonFields::Required);
        if (f.ok() && (*start < 0 || *end < *start))
            f.fail(u"end"_s, u"%1..%2 is not a range"_s.arg(*start).arg(*end));
        if (f.ok()) {
            note.start = *start;
            note.end = *end;
            note.hasPosition = true;
        }
    } else {
        m_warnings->append(u"%1: %2 is not read (Gloss places passages by quote and position)"_s.arg(path, firstString(type)));
    }
}

void NoteReader::readBody(W3cNote &note, const QJsonValue &value, const QString &motivation, const QString &path)
{
    const QJsonArray bodies = asList(value);
    for (qsizetype i = 0; i < bodies.size() && m_error.isEmpty(); ++i) {
        const QString bodyPath = u"%1[%2]"_s.arg(path).arg(i);
        if (!bodies[i].isObject() || !bodies[i].toObject().contains(u"value"_s)) {
            m_warnings->append(u"%1: %2: a body that is not embedded text is not imported"_s.arg(label(note), bodyPath));
            continue;
        }
        JsonFields f(bodies[i].toObject(), bodyPath, m_error);
        const QString text = f.text(u"value"_s, JsonFields::Required);
        const QJsonValue purposeValue = bodies[i].toObject().value(u"purpose"_s);
        const QString purpose = purposeValue.isUndefined() ? motivation : firstString(purposeValue);
        if (purpose == u"tagging"_s) {
            if (!text.trimmed().isEmpty())
                note.tags << text.trimmed();
        } else if (purpose == u"identifying"_s) {
            if (!note.speaker.isEmpty())
                m_warnings->append(u"%1: several speakers; '%2' is kept"_s.arg(label(note), note.speaker));
            else
                note.speaker = text.simplified();
        } else {
            // commenting, describing, replying, ... or no purpose at all: words about the passage.
            note.comment = note.comment.isEmpty() ? text : note.comment + u"\n\n"_s + text;
        }
    }
}

// The annotations of a page, followed by any further page embedded as `next`.
Status collectPage(const QJsonObject &page, const QString &path, QList<std::pair<QJsonValue, QString>> &items)
{
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    const QJsonArray list = page.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        items.append({list[i], u"%1items[%2]"_s.arg(prefix).arg(i)});
    const QJsonValue next = page.value(u"next"_s);
    if (next.isObject())
        return collectPage(next.toObject(), prefix + u"next"_s, items);
    if (next.isString())
        return Error{u"%1next: the collection continues in a page that is not in this file (%2)"_s.arg(prefix, next.toString())};
    return Status::success();
}

} // namespace

bool looksLikeW3c(const QJsonValue &root)
{
    if (root.isArray()) {
        const QJsonArray list = root.toArray();
        return std::all_of(list.begin(), list.end(), [](const QJsonValue &v) { return looksLikeW3c(v); });
    }
    const QJsonObject object = root.toObject();
    const QJsonValue type = object.value(u"type"_s);
    return object.contains(u"@context"_s) || hasType(type, u"Annotation"_s) || hasType(type, u"AnnotationCollection"_s)
           || hasType(type, u"AnnotationPage"_s);
}

Result<QList<W3cNote>> parseW3cNotes(const QJsonValue &root, QStringList *warnings)
{
    QList<std::pair<QJsonValue, QString>> items;
    const QJsonObject object = root.toObject();
    const QJsonValue type = object.value(u"type"_s);
    if (root.isArray()) {
        const QJsonArray list = root.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            items.append({list[i], u"[%1]"_s.arg(i)});
    } else if (hasType(type, u"AnnotationCollection"_s)) {
        const QJsonValue first = object.value(u"first"_s);
        if (first.isString())
            return Error{u"first: the collection's pages are not in this file (%1)"_s.arg(first.toString())};
        if (first.isObject()) {
            if (const Status s = collectPage(first.toObject(), u"first"_s, items); !s)
                return Error{s.error()};
        } else if (object.value(u"total"_s).toInteger() > 0) {
            return Error{u"first: missing, yet the collection's total is %1"_s.arg(object.value(u"total"_s).toInteger())};
        }
    } else if (hasType(type, u"AnnotationPage"_s)) {
        if (const Status s = collectPage(object, QString(), items); !s)
            return Error{s.error()};
    } else if (hasType(type, u"Annotation"_s)) {
        items.append({root, u"the annotation"_s});
    } else {
        return Error{u"not an Annotation, AnnotationPage or AnnotationCollection"_s};
    }

    QString error;
    NoteReader reader(warnings, error);
    QList<W3cNote> notes;
    for (const auto &[value, where] : std::as_const(items)) {
        if (!value.isObject())
            return Error{u"%1: an annotation object expected"_s.arg(where)};
        notes << reader.read(value.toObject(), where);
        if (!error.isEmpty())
            return Error{error};
    }
    return notes;
}

} // namespace gloss
