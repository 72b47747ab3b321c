#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace gloss {

QStringList CsvWriter::columns()
{
    return {u"article_title"_s, u"url"_s,     u"published"_s, u"quote"_s,   u"speaker"_s, u"quote_kind"_s,
            u"comment"_s,       u"tags"_s,    u"color"_s,     u"created"_s, u"updated"_s, u"state"_s};
}

QString CsvWriter::field(const QString &value, bool formulaGuard)
{
    QString v = value;
    // Spreadsheets run a cell starting with these as a formula (CSV injection); a leading quote
    // makes them show it as text.
    if (formulaGuard && !v.isEmpty()
        && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r'))
        v.prepend(u'\'');
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\r') && !v.contains(u'\n'))
        return v;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

Status CsvWriter::begin(const ExportHeader &)
{
    return write(columns().join(u',') + u"\r\n"_s);
}

Status CsvWriter::article(const ExportedArticle &a)
{
    QString out;
    for (const ExportedAnnotation &n : a.annotations) {
        const QStringList row{a.title,
                              a.url,
                              exportTimestamp(a.published),
                              n.exact,
                              n.hasSpeaker() ? n.speaker.name : QString(),
                              n.quoteKind,
                              n.comment,
                              n.tags.join(u"; "_s),
                              n.color,
                              exportTimestamp(n.created),
                              exportTimestamp(n.updated),
                              n.state};
        for (int i = 0; i < row.size(); ++i) {
            if (i)
                out += u',';
            out += field(row[i], m_options.csvFormulaGuard);
        }
        out += u"\r\n"_s;
    }
    return out.isEmpty() ? Status() : write(out);
}

} // namespace gloss
