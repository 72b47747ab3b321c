// Generated articles and feeds for the reliability tests: enough text that importing and refreshing
// take a good part of a second (so a kill can land in the middle of the writes), every piece unique
// (so each run adds rows instead of finding them unchanged), and one article whose sentences each
// make a quote that occurs exactly once.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gloss::test {

// Writes `count` Markdown articles of about `bytesEach` bytes into `folder` (created when missing),
// titled "<batch> article N"; returns their paths, empty when one could not be written.
QStringList writeArticleFiles(const QString &folder, const QString &batch, int count, int bytesEach);

// An RSS 2.0 document for feed `name` whose `items` entries are all new in each `generation`
// (the guids carry the generation), each with about `bytesPerItem` bytes of HTML.
QByteArray generatedRss(const QString &name, int generation, int items, int bytesPerItem);

// A Markdown article of `remarks` numbered sentences; remarkQuote(n) occurs in it exactly once.
QByteArray remarksArticle(int remarks);
QString remarkQuote(int n);

} // namespace gloss::test
