#include "FrontMatter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"\\\""_s, u"\""_s);
        value.replace(u"\\\\"_s, u"\\"_s);
    } else if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\'')) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"''"_s, u"'"_s);
    }
    return value;
}
} // namespace

FrontMatter splitFrontMatter(const QString &text)
{
    FrontMatter result;
    result.body = text;
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.constFirst().trimmed() != "---"_L1)
        return result;
    qsizetype end = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line == "---"_L1 || line == "..."_L1) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return result;

    static const QRegularExpression field(u"^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$"_s);
    for (qsizetype i = 1; i < end; ++i) {
        const QRegularExpressionMatch m = field.match(lines.at(i));
        if (m.hasMatch() && !lines.at(i).startsWith(u' ')) // indented lines belong to nested values
            result.fields.insert(m.captured(1).toLower(), unquoted(m.captured(2)));
    }
    result.present = true;
    result.body = lines.mid(end + 1).join(u'\n');
    return result;
}

} // namespace gloss
