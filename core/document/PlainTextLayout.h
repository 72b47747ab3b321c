// Reading the structure of a plain-text article, as scrapers and "save as text" leave it:
//
//   • Tuesday, 02 July 2024          <- a date line: becomes `published`
//   China's Xi backs Putin ...       <- a short first line without a final period: the title
//   China's Xi backs Putin ...       <- the title printed again: dropped
//   Russian President Vladimir ...   <- paragraphs, separated by blank lines
//   Tags                             <- navigation left at the very end: dropped
//
// Paragraphs are split on blank lines and their lines joined with a space; a text without any
// blank line has one paragraph per line. U+00A0 stays as it is.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gloss {

struct PlainTextLayout {
    QString title;        // empty when the text has none
    QDateTime published;  // invalid when there is no date line
    QStringList paragraphs;
};

PlainTextLayout layoutPlainText(const QString &text);

} // namespace gloss
