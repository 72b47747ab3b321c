#include "JsonSchemaCheck.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

bool typeMatches(const QString &type, const QJsonValue &v)
{
    if (type == u"object"_s)
        return v.isObject();
    if (type == u"array"_s)
        return v.isArray();
    if (type == u"string"_s)
        return v.isString();
    if (type == u"boolean"_s)
        return v.isBool();
    if (type == u"null"_s)
        return v.isNull();
    if (type == u"number"_s)
        return v.isDouble();
    if (type == u"integer"_s)
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    return true;
}

} // namespace

SchemaSuite::SchemaSuite(const QString &root) : m_root(root)
{
    QDirIterator it(root, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // Sample annotations are data, not schemas.
        if (path.contains(u"/tools/"_s))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_loadError = u"cannot read "_s + path;
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        if (!doc.isObject()) {
            m_loadError = u"%1: %2"_s.arg(path, error.errorString());
            continue;
        }
        m_files.insert(QDir(root).relativeFilePath(path).toLower(), doc.object());
    }
}

QString SchemaSuite::findFile(const QString &name, const QString &relativeTo) const
{
    const QString lower = name.toLower();
    // Beside the referring file first, then the shared definitions, then anywhere.
    const QString dir = QFileInfo(relativeTo).path();
    const QStringList candidates{dir == u"."_s ? lower : QString(dir + u'/' + lower), u"definitions/"_s + lower, lower};
    for (const QString &candidate : candidates) {
        if (m_files.contains(candidate))
            return candidate;
    }
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.key().endsWith(u'/' + lower))
            return it.key();
    }
    return {};
}

QList<SchemaSuite::Assertion> SchemaSuite::assertions(const QString &testFile) const
{
    QList<Assertion> list;
    QFile f(m_root + u'/' + testFile);
    if (!f.open(QIODevice::ReadOnly))
        return list;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())[u"assertions"_s].toArray()) {
        const QString path = findFile(QFileInfo(v.toString()).fileName(), v.toString());
        const QJsonObject schema = m_files.value(path);
        list.append({path.isEmpty() ? v.toString() : path, schema[u"errorMessage"_s].toString(),
                     schema[u"expectedResult"_s].toString(u"valid"_s) == u"valid"_s});
    }
    return list;
}

bool SchemaSuite::check(const Assertion &assertion, const QJsonValue &instance) const
{
    if (!m_files.contains(assertion.path))
        return false; // a listed assertion that is missing cannot be passed
    return validate(m_files.value(assertion.path), assertion.path, instance) == assertion.expectValid;
}

QJsonValue SchemaSuite::resolve(const QString &ref, const QString &file, QString *targetFile) const
{
    const qsizetype hash = ref.indexOf(u'#');
    const QString filePart = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
    *targetFile = filePart.isEmpty() ? file : findFile(filePart, file);
    QJsonValue node = m_files.value(*targetFile);
    for (const QString &token : pointer.split(u'/', Qt::SkipEmptyParts)) {
        QString key = token;
        key.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
    }
    return node;
}

bool SchemaSuite::isUri(const QString &text)
{
    // RFC 3986 absolute URI: a scheme, a colon, and no characters a URI cannot hold.
    static const QRegularExpression uri(u"^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]*$"_s);
    return uri.match(text).hasMatch() && QUrl(text, QUrl::StrictMode).isValid();
}

bool SchemaSuite::isDateTime(const QString &text)
{
    static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    return dateTime.match(text).hasMatch();
}

bool SchemaSuite::validate(const QJsonValue &schemaValue, const QString &file, const QJsonValue &v, int depth) const
{
    if (depth > 200 || !schemaValue.isObject())
        return depth <= 200;
    const QJsonObject s = schemaValue.toObject();

    // draft-04: a schema with $ref is that reference; its other keywords are ignored.
    if (s.contains(u"$ref"_s)) {
        QString target;
        const QJsonValue referred = resolve(s[u"$ref"_s].toString(), file, &target);
        if (referred.isUndefined() || target.isEmpty())
            return false;
        return validate(referred, target, v, depth + 1);
    }
    if (const QJsonValue type = s[u"type"_s]; !type.isUndefined()) {
        bool any = false;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                any = any || typeMatches(t.toString(), v);
        } else {
            any = typeMatches(type.toString(), v);
        }
        if (!any)
            return false;
    }
    if (const QJsonValue e = s[u"enum"_s]; e.isArray() && !e.toArray().contains(v))
        return false;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s[u"required"_s].toArray()) {
            if (!o.contains(r.toString()))
                return false;
        }
        const QJsonObject properties = s[u"properties"_s].toObject();
        const QJsonObject patterns = s[u"patternProperties"_s].toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool matched = false;
            if (properties.contains(it.key())) {
                matched = true;
                if (!validate(properties[it.key()], file, it.value(), depth + 1))
                    return false;
            }
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (QRegularExpression(p.key()).match(it.key()).hasMatch()) {
                    matched = true;
                    if (!validate(p.value(), file, it.value(), depth + 1))
                        return false;
                }
            }
            const QJsonValue additional = s[u"additionalProperties"_s];
            if (!matched && additional.isBool() && !additional.toBool())
                return false;
            if (!matched && additional.isObject() && !validate(additional, file, it.value(), depth + 1))
                return false;
        }
        const QJsonObject dependencies = s[u"dependencies"_s].toObject();
        for (auto d = dependencies.begin(); d != dependencies.end(); ++d) {
            if (!o.contains(d.key()))
                continue;
            if (d.value().isArray()) {
                for (const QJsonValue &k : d.value().toArray()) {
                    if (!o.contains(k.toString()))
                        return false;
                }
            } else if (!validate(d.value(), file, v, depth + 1)) {
                return false;
            }
        }
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (s.contains(u"minItems"_s) && a.size() < s[u"minItems"_s].toInt())
            return false;
        if (s.contains(u"maxItems"_s) && a.size() > s[u"maxItems"_s].toInt())
            return false;
        const QJsonValue items = s[u"items"_s];
        if (items.isObject()) {
            for (const QJsonValue &item : a) {
                if (!validate(items, file, item, depth + 1))
                    return false;
            }
        } else if (items.isArray()) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < qMin(a.size(), tuple.size()); ++i) {
                if (!validate(tuple[i], file, a[i], depth + 1))
                    return false;
            }
        }
    }
    if (v.isDouble()) {
        const double x = v.toDouble();
        if (s.contains(u"minimum"_s)) {
            const double min = s[u"minimum"_s].toDouble();
            if (s[u"exclusiveMinimum"_s].toBool() ? x <= min : x < min)
                return false;
        }
        if (s.contains(u"maximum"_s)) {
            const double max = s[u"maximum"_s].toDouble();
            if (s[u"exclusiveMaximum"_s].toBool() ? x >= max : x > max)
                return false;
        }
    }
    if (v.isString()) {
        const QString str = v.toString();
        if (s.contains(u"pattern"_s) && !QRegularExpression(s[u"pattern"_s].toString()).match(str).hasMatch())
            return false;
        const QString format = s[u"format"_s].toString();
        if (format == u"uri"_s && !isUri(str))
            return false;
        if (format == u"date-time"_s && !isDateTime(str))
            return false;
    }
    if (const QJsonValue n = s[u"not"_s]; n.isObject() && validate(n, file, v, depth + 1))
        return false;
    for (const QJsonValue &sub : s[u"allOf"_s].toArray()) {
        if (!validate(sub, file, v, depth + 1))
            return false;
    }
    if (const QJsonValue anyOf = s[u"anyOf"_s]; anyOf.isArray()) {
        bool any = false;
        for (const QJsonValue &sub : anyOf.toArray())
            any = any || validate(sub, file, v, depth + 1);
        if (!any)
            return false;
    }
    if (const QJsonValue oneOf = s[u"oneOf"_s]; oneOf.isArray()) {
        int passed = 0;
        for (const QJsonValue &sub : oneOf.toArray())
            passed += validate(sub, file, v, depth + 1) ? 1 : 0;
        if (passed != 1)
            return false;
    }
    return true;
}
