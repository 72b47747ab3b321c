#include "DateParsing.h"

#include "document/LooseDate.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

std::optional<int> namedZoneHours(const QString &zone)
{
    static const QHash<QString, int> named = {
        {u"ut"_s, 0},   {u"utc"_s, 0},  {u"gmt"_s, 0},  {u"z"_s, 0},    {u"ast"_s, -4}, {u"adt"_s, -3},
        {u"at"_s, -4},  {u"est"_s, -5}, {u"edt"_s, -4}, {u"et"_s, -5},  {u"cst"_s, -6}, {u"cdt"_s, -5},
        {u"ct"_s, -6},  {u"mst"_s, -7}, {u"mdt"_s, -6}, {u"mt"_s, -7},  {u"pst"_s, -8}, {u"pdt"_s, -7},
        {u"pt"_s, -8},  {u"bst"_s, 1},  {u"cet"_s, 1},  {u"cest"_s, 2}, {u"eet"_s, 2},  {u"eest"_s, 3}};
    const QString z = zone.toLower();
    if (const auto it = named.constFind(z); it != named.constEnd())
        return *it;
    // RFC 822 military zones: A-I = -1..-9, K-M = -10..-12, N-Y = +1..+12 (J is not used).
    if (z.size() == 1) {
        const char c = char(z.at(0).unicode());
        if (c >= 'a' && c <= 'i')
            return -(c - 'a' + 1);
        if (c >= 'k' && c <= 'm')
            return -(c - 'k' + 10);
        if (c >= 'n' && c <= 'y')
            return c - 'n' + 1;
    }
    return std::nullopt;
}

// Seconds ahead of UTC for "+0200", "-05:00", "+02", "GMT", "EST", "Z", "A"...; empty means UTC.
std::optional<int> zoneOffset(const QString &zone)
{
    static const QRegularExpression numeric(u"^(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?$"_s, QRegularExpression::CaseInsensitiveOption);
    if (zone.isEmpty())
        return 0;
    if (const QRegularExpressionMatch m = numeric.match(zone); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 3600 + minutes * 60;
        return m.captured(1) == "-"_L1 ? -offset : offset;
    }
    if (const std::optional<int> hours = namedZoneHours(zone))
        return *hours * 3600;
    return std::nullopt;
}

int monthNumber(QStringView word)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    if (word.size() < 3)
        return 0;
    const QString prefix = word.left(3).toString().toLower();
    return int(months.indexOf(prefix)) + 1;
}

QDateTime assemble(int year, int month, int day, int hour, int minute, int second, qint64 msec, int offset)
{
    // 24:00 is the end of the day and 23:59:60 a leap second: both are real, QTime refuses them.
    int extraSeconds = 0;
    if (hour == 24 && minute == 0 && second == 0) {
        hour = 23, minute = 59, second = 59, extraSeconds = 1;
    } else if (second == 60) {
        second = 59, extraSeconds = 1;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, int(msec));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offset)).toUTC().addSecs(extraSeconds);
}

int fullYear(const QString &digits)
{
    const int y = digits.toInt();
    if (digits.size() == 2)
        return y < 50 ? 2000 + y : 1900 + y;
    return y;
}

QDateTime parseRfc822(const QString &s)
{
    // [weekday,] day month year [hh:mm[:ss]] [zone]   (also 31-Dec-2003 and day/month order swaps)
    static const QRegularExpression rfc822(
        u"^(?:[A-Za-z]{2,9}\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2})"
        "(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?)?\\s*(\\(?[A-Za-z]{1,5}\\)?|(?:GMT|UTC)?[+-]\\d{1,2}:?\\d{2}|[+-]\\d{2})?\\s*$"_s);
    static const QRegularExpression monthFirst(
        u"^(?:[A-Za-z]{2,9}\\.?,?\\s*)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
        "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2})?\\s*$"_s);
    QString day, month, year, hh, mm, ss, zone;
    if (const QRegularExpressionMatch m = rfc822.match(s); m.hasMatch()) {
        day = m.captured(1), month = m.captured(2), year = m.captured(3);
        hh = m.captured(4), mm = m.captured(5), ss = m.captured(6), zone = m.captured(7);
    } else if (const QRegularExpressionMatch m2 = monthFirst.match(s); m2.hasMatch()) {
        month = m2.captured(1), day = m2.captured(2), year = m2.captured(3);
        hh = m2.captured(4), mm = m2.captured(5), ss = m2.captured(6), zone = m2.captured(7);
    } else {
        return {};
    }
    zone.remove(u'(').remove(u')');
    const int monthNo = monthNumber(month);
    const std::optional<int> offset = zoneOffset(zone);
    if (monthNo == 0 || !offset)
        return {};
    return assemble(fullYear(year), monthNo, day.toInt(), hh.toInt(), mm.toInt(), ss.toInt(), 0, *offset);
}

QDateTime parseIso8601(const QString &s)
{
    static const QRegularExpression extended(
        u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?|-(\\d{3}))?"
        "(?:[T\\s](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{2,4})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression basic(
        u"^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,](\\d+))?)?(Z|[+-]\\d{2}(?:\\d{2})?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
    QString fraction, zone;
    if (const QRegularExpressionMatch m = extended.match(s); m.hasMatch()) {
        year = m.captured(1).toInt();
        if (!m.captured(4).isEmpty()) {
            const QDate ordinal = QDate(year, 1, 1).addDays(m.captured(4).toInt() - 1);
            month = ordinal.month(), day = ordinal.day();
        } else {
            month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
            day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        }
        hour = m.captured(5).toInt(), minute = m.captured(6).toInt(), second = m.captured(7).toInt();
        fraction = m.captured(8), zone = m.captured(9);
    } else if (const QRegularExpressionMatch b = basic.match(s); b.hasMatch()) {
        year = b.captured(1).toInt(), month = b.captured(2).toInt(), day = b.captured(3).toInt();
        hour = b.captured(4).toInt(), minute = b.captured(5).toInt(), second = b.captured(6).toInt();
        fraction = b.captured(7), zone = b.captured(8);
    } else {
        return {};
    }
    const std::optional<int> offset = zoneOffset(zone);
    if (!offset)
        return {};
    const qint64 msec = fraction.isEmpty() ? 0 : QString(fraction + u"00"_s).left(3).toInt();
    return assemble(year, month, day, hour, minute, second, msec, *offset);
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    const QString s = text.toString().simplified();
    if (s.isEmpty() || s.size() > 200)
        return {};
    for (const auto parse : {parseIso8601, parseRfc822}) {
        if (const QDateTime when = parse(s); when.isValid())
            return when;
    }
    return parseLooseDate(s);
}

} // namespace gloss
