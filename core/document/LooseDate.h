// Reading the dates that articles print or declare, in the forms met in practice:
//   ISO 8601        2024-07-02, 2024-07-02T10:15:00Z, 2024-07-02 10:15:00+02:00, 2024/07/02
//   RFC 822/2822    Tue, 02 Jul 2024 10:15:00 +0000 (also GMT, UTC and US/European zone names)
//   written out     • Tuesday, 02 July 2024; July 2, 2024; 2nd of July 2024; Jul. 2 2024 10:15 am
//   European        02.07.2024 (day first)
// with an optional leading bullet and "Published:"/"Updated" label. English month and weekday names
// only; slashed day/month forms (07/02/2024) are refused because they are ambiguous. The whole text
// must be a date: a sentence that contains one is not taken, which is what lets the plain-text
// importer look for a date line without mistaking a paragraph for one.
#pragma once

#include <QDateTime>
#include <QStringView>

namespace gloss {

// The moment in UTC (a date without a time is 00:00 UTC; a time without a zone is taken as UTC),
// or an invalid QDateTime when the text is not a date.
QDateTime parseLooseDate(QStringView text);

} // namespace gloss
