#include "LooseDate.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QDateTime makeUtc(QDate date, QTime time, int offsetSeconds)
{
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds)).toUTC();
}

// "+02:00", "-0500", "+02", "Z", "GMT", "EST" ... -> seconds ahead of UTC.
std::optional<int> zoneOffset(const QString &zone)
{
    static const QRegularExpression numeric(u"^([+-])(\\d{2}):?(\\d{2})?$"_s);
    if (const QRegularExpressionMatch m = numeric.match(zone); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int offset = hours * 3600 + minutes * 60;
        return m.captured(1) == "-"_L1 ? -offset : offset;
    }
    static const QHash<QString, int> named = {
        {u"z"_s, 0},        {u"ut"_s, 0},       {u"utc"_s, 0},      {u"gmt"_s, 0},      {u"est"_s, -5 * 3600},
        {u"edt"_s, -4 * 3600}, {u"cst"_s, -6 * 3600}, {u"cdt"_s, -5 * 3600}, {u"mst"_s, -7 * 3600},
        {u"mdt"_s, -6 * 3600}, {u"pst"_s, -8 * 3600}, {u"pdt"_s, -7 * 3600}, {u"bst"_s, 3600},
        {u"cet"_s, 3600},   {u"cest"_s, 7200},  {u"eet"_s, 7200},   {u"eest"_s, 3 * 3600}};
    const auto it = named.constFind(zone.toLower());
    if (it == named.constEnd())
        return std::nullopt;
    return *it;
}

int monthNumber(const QString &word)
{
    static const QStringList months = {u"january"_s, u"february"_s, u"march"_s,     u"april"_s,
                                       u"may"_s,     u"june"_s,     u"july"_s,      u"august"_s,
                                       u"september"_s, u"october"_s, u"november"_s, u"december"_s};
    const QString w = word.toLower();
    for (int i = 0; i < months.size(); ++i) {
        if (w == months.at(i) || (w.size() == 3 && months.at(i).startsWith(w)) || (i == 8 && w == "sept"_L1))
            return i + 1;
    }
    return 0;
}

bool isWeekday(const QString &word)
{
    static const QStringList days = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                     u"friday"_s, u"saturday"_s, u"sunday"_s};
    const QString w = word.toLower();
    for (const QString &day : days) {
        if (w == day || (w.size() == 3 && day.startsWith(w)) || (w.size() == 4 && day.startsWith(w)))
            return true;
    }
    return false;
}

QString withoutDecoration(QStringView text)
{
    static const QRegularExpression lead(u"^[\\s\\x{2022}\\x{00B7}\\x{2023}\\x{25E6}\\x{25AA}\\x{25CF}*|\\-\\x{2013}\\x{2014}]+"_s);
    static const QRegularExpression label(u"^(?:(?:last\\s+)?updated|published|posted|date|dated)\\s*(?::|on\\b)?\\s*"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QString s = text.toString();
    s.replace(QChar(0x00A0), u' ');
    s = s.trimmed();
    s.remove(lead);
    s.remove(label);
    return s.trimmed();
}

QDateTime parseIso(const QString &s)
{
    static const QRegularExpression iso(
        u"^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = iso.match(s);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time = m.captured(4).isEmpty() ? QTime(0, 0)
                                               : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    const std::optional<int> offset = m.captured(7).isEmpty() ? 0 : zoneOffset(m.captured(7));
    return offset ? makeUtc(date, time, *offset) : QDateTime();
}

QDateTime parseDotted(const QString &s)
{
    static const QRegularExpression dotted(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s);
    const QRegularExpressionMatch m = dotted.match(s);
    if (!m.hasMatch())
        return {};
    return makeUtc(QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()), QTime(0, 0), 0);
}

// Word by word: every token must be a weekday, month, day, year, time, am/pm, zone or filler word.
QDateTime parseWords(const QString &s)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    static const QRegularExpression dayNumber(u"^(\\d{1,2})(?:st|nd|rd|th)?\\.?$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clock(u"^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(am|pm|a\\.m\\.|p\\.m\\.)?$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QStringList fillers = {u"of"_s, u"the"_s, u"at"_s, u"on"_s, u"-"_s, u"|"_s};

    int day = 0, month = 0, year = 0;
    std::optional<QTime> time;
    int offset = 0;
    bool sawDatePart = false;
    for (QString token : s.split(separators, Qt::SkipEmptyParts)) {
        if (token.endsWith(u'.') && token.size() > 2 && !token.endsWith(u".m."_s))
            token.chop(1); // "Jul." "Tue."
        const QString lower = token.toLower();
        if (fillers.contains(lower))
            continue;
        if (const int m = monthNumber(token); m > 0 && month == 0) {
            month = m;
            sawDatePart = true;
        } else if (isWeekday(token) && !sawDatePart) {
            continue;
        } else if (token.size() == 4 && token.toInt() >= 1000 && year == 0) {
            year = token.toInt();
            sawDatePart = true;
        } else if (const QRegularExpressionMatch d = dayNumber.match(token); d.hasMatch() && day == 0) {
            day = d.captured(1).toInt();
            sawDatePart = true;
        } else if (const QRegularExpressionMatch c = clock.match(token); c.hasMatch() && !time) {
            int hour = c.captured(1).toInt();
            const QString half = c.captured(4).toLower();
            if (!half.isEmpty() && (hour < 1 || hour > 12))
                return {};
            if (half.startsWith(u'p') && hour < 12)
                hour += 12;
            if (half.startsWith(u'a') && hour == 12)
                hour = 0;
            time = QTime(hour, c.captured(2).toInt(), c.captured(3).toInt());
        } else if ((lower == "am"_L1 || lower == "pm"_L1 || lower == "a.m."_L1 || lower == "p.m."_L1) && time) {
            int hour = time->hour();
            if (hour < 1 || hour > 12)
                return {};
            if (lower.startsWith(u'p') && hour < 12)
                hour += 12;
            if (lower.startsWith(u'a') && hour == 12)
                hour = 0;
            time = QTime(hour, time->minute(), time->second());
        } else if (const std::optional<int> zone = zoneOffset(token); zone && time) {
            offset = *zone;
        } else {
            return {};
        }
    }
    if (day == 0 || month == 0 || year == 0)
        return {};
    return makeUtc(QDate(year, month, day), time.value_or(QTime(0, 0)), offset);
}

} // namespace

QDateTime parseLooseDate(QStringView text)
{
    if (text.size() > 120) // a date line, not a paragraph
        return {};
    const QString s = withoutDecoration(text);
    if (s.isEmpty())
        return {};
    for (const auto parse : {parseIso, parseDotted, parseWords}) {
        if (const QDateTime when = parse(s); when.isValid())
            return when;
    }
    return {};
}

} // namespace gloss
