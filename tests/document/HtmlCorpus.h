// The files both strict HTML readers are checked against (tst_cleanhtmlreader, tst_simplehtmlreader):
// each file's text as it is and with its escaped markup unescaped, since the feed-parser
// conformance suite holds thousands of HTML fragments escaped inside XML.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QString>

namespace gloss::test {

// Calls check(text, label) for every file under folder, twice; returns how many files were read.
// check returns false to stop.
template <typename Check>
int forEachHtmlText(const QString &folder, QDirIterator::IteratorFlags flags, Check &&check)
{
    using namespace Qt::StringLiterals;
    QDirIterator files(folder, QDir::Files, flags);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        QString unescaped = text;
        unescaped.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
        if (!check(text, file.fileName()) || !check(unescaped, file.fileName() + u" (unescaped)"_s))
            return read;
        ++read;
    }
    return read;
}

} // namespace gloss::test
