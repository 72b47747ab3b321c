// Reading the dates feeds write, which are supposed to be RFC 822 (RSS) or RFC 3339 (Atom, JSON
// Feed) and are often neither quite:
//   RFC 822/2822   Wed, 31 Dec 2003 13:00:00 GMT; every zone form: GMT, UT, UTC, Z, the US zones
//                  (EST/EDT, CST/CDT, MST/MDT, PST/PDT, also AST/ADT and ET/CT/MT/PT), military letters
//                  (A-I, K-Z as RFC 822 defines them), +hhmm/+hh:mm; two-digit years; no weekday; no
//                  seconds; a missing zone (read as UTC); 31-Dec-2003 and "Dec 31 2003" variants.
//   ISO 8601       2003-12-31T10:14:55Z, with fractions, +hh:mm/+hhmm/+hh, a space for the T, no
//                  seconds, date only, year-month, year only, basic form 20031231T101455Z, ordinal
//                  2003-365.
// Anything else is handed to parseLooseDate (document/LooseDate.h).
#pragma once

#include <QDateTime>
#include <QStringView>

namespace gloss {

// The moment in UTC, or an invalid QDateTime when the text is not a date.
QDateTime parseFeedDate(QStringView text);

} // namespace gloss
