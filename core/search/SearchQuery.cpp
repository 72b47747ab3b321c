#include "SearchQuery.h"

#include <QHash>

#include <optional>

using namespace Qt::StringLiterals;

namespace gloss::search {

namespace {

struct Token {
    QString text;
    bool quoted = false;     // came from "…"
    bool negated = false;    // led by '-'
    QString field;           // "title" of title:…, lower case; empty for plain text
};

bool hasWordCharacter(QStringView text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// Splits on white space, keeping "…" together (also after a '-' or a 'field:').
QList<Token> tokenize(const QString &text, QStringList *notes)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        if (text.at(i) == u'-' && i + 1 < n && !text.at(i + 1).isSpace()) {
            token.negated = true;
            ++i;
        }
        // field:
        int j = i;
        while (j < n && text.at(j).isLetter())
            ++j;
        if (j > i && j < n && text.at(j) == u':' && j + 1 < n && !text.at(j + 1).isSpace()) {
            token.field = text.mid(i, j - i).toLower();
            i = j + 1;
        }
        if (i < n && (text.at(i) == u'"' || text.at(i) == u'\u201C')) {
            int end = i + 1;
            while (end < n && text.at(end) != u'"' && text.at(end) != u'\u201D')
                ++end;
            if (end < n) {
                token.text = text.mid(i + 1, end - i - 1);
                token.quoted = true;
                i = end + 1;
                tokens.append(token);
                continue;
            }
            // No closing quote: the mark is dropped and what follows is read as plain words (the
            // first of them keeps a field or minus typed before the mark).
            notes->append(u"The quotation mark without a partner is ignored; the words after it are searched one by one."_s);
            ++i;
        }
        int end = i;
        while (end < n && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        token.text = text.mid(i, end - i);
        i = end;
        tokens.append(token);
    }
    return tokens;
}

// YYYY, YYYY-MM or YYYY-MM-DD, as the first day of that period; invalid otherwise.
QDate parseDate(const QString &value)
{
    const QStringList parts = value.split(u'-');
    bool ok[3] = {true, true, true};
    const int year = parts.value(0).toInt(&ok[0]);
    const int month = parts.size() > 1 ? parts.at(1).toInt(&ok[1]) : 1;
    const int day = parts.size() > 2 ? parts.at(2).toInt(&ok[2]) : 1;
    if (parts.size() > 3 || !ok[0] || !ok[1] || !ok[2] || parts.value(0).size() != 4)
        return {};
    return QDate(year, month, day);
}

const QHash<QString, SearchFilter::Field> &isValues()
{
    static const QHash<QString, SearchFilter::Field> values{
        {u"unread"_s, SearchFilter::Field::Unread},         {u"read"_s, SearchFilter::Field::Read},
        {u"bookmarked"_s, SearchFilter::Field::Bookmarked}, {u"annotated"_s, SearchFilter::Field::Annotated},
        {u"orphan"_s, SearchFilter::Field::Orphan},         {u"orphaned"_s, SearchFilter::Field::Orphan},
    };
    return values;
}

// A plain token's text: a prefix term for "word*"; characters FTS5 would read as syntax are simply
// part of the quoted string later, so only a trailing '*' has meaning.
std::optional<SearchTerm> termFrom(const Token &token)
{
    SearchTerm term;
    QString text = token.text;
    if (token.quoted) {
        term.kind = SearchTerm::Kind::Phrase;
        text = text.simplified();
    } else if (text.endsWith(u'*')) {
        while (text.endsWith(u'*'))
            text.chop(1);
        term.kind = SearchTerm::Kind::Prefix;
    }
    if (!hasWordCharacter(text))
        return std::nullopt;
    term.text = text;
    if (term.kind == SearchTerm::Kind::Phrase && !text.contains(u' '))
        term.kind = SearchTerm::Kind::Word;
    return term;
}

} // namespace

bool SearchQuery::needsAnnotations() const
{
    for (const SearchFilter &f : filters)
        if (f.field == SearchFilter::Field::Speaker || f.field == SearchFilter::Field::Tag
            || f.field == SearchFilter::Field::Color || f.field == SearchFilter::Field::Orphan)
            return true;
    return false;
}

SearchQuery parseSearchQuery(const QString &text)
{
    SearchQuery query;
    const QList<Token> tokens = tokenize(text, &query.notes);
    bool pendingOr = false;
    for (int i = 0; i < tokens.size(); ++i) {
        Token token = tokens.at(i);
        if (!token.quoted && token.field.isEmpty() && !token.negated && token.text == u"OR") {
            if (query.groups.isEmpty() || i + 1 >= tokens.size()) {
                query.notes.append(u"OR needs words on both sides; it is searched as a word."_s);
                token.text = u"or"_s;
            } else {
                pendingOr = true;
                continue;
            }
        }
        if (!token.field.isEmpty()) {
            const QString &field = token.field;
            SearchFilter filter;
            filter.negated = token.negated;
            filter.value = token.text.trimmed();
            bool known = true;
            if (field == u"title" || field == u"author") {
                if (auto term = termFrom(token)) {
                    term->column = field == u"title" ? SearchTerm::Column::Title : SearchTerm::Column::Author;
                    if (token.negated)
                        query.excluded.append(*term);
                    else
                        query.groups.append({*term});
                }
                pendingOr = false;
                continue;
            } else if (field == u"feed") {
                filter.field = SearchFilter::Field::Feed;
            } else if (field == u"folder") {
                filter.field = SearchFilter::Field::Folder;
            } else if (field == u"speaker") {
                filter.field = SearchFilter::Field::Speaker;
            } else if (field == u"tag") {
                filter.field = SearchFilter::Field::Tag;
            } else if (field == u"color" || field == u"colour") {
                filter.field = SearchFilter::Field::Color;
                filter.value = filter.value.toLower();
            } else if (field == u"is") {
                const auto it = isValues().constFind(filter.value.toLower());
                if (it == isValues().constEnd()) {
                    query.notes.append(u"\"is:%1\" is not a filter (is:unread, is:read, is:bookmarked, is:annotated, is:orphan); "
                                       "it is searched as words."_s.arg(filter.value));
                    known = false;
                } else {
                    filter.field = *it;
                    filter.value.clear();
                }
            } else if (field == u"before" || field == u"after") {
                filter.field = field == u"before" ? SearchFilter::Field::Before : SearchFilter::Field::After;
                filter.date = parseDate(filter.value); // before: earlier than it; after: it or later
                if (!filter.date.isValid()) {
                    query.notes.append(u"\"%1:%2\" needs a date like 2024, 2024-07 or 2024-07-02; it is searched as words."_s.arg(
                        field, filter.value));
                    known = false;
                }
                filter.value.clear();
            } else {
                query.notes.append(u"\"%1:\" is not a filter; \"%1:%2\" is searched as words."_s.arg(field, token.text));
                known = false;
            }
            if (known && filter.value.isEmpty() && (filter.field == SearchFilter::Field::Feed || filter.field == SearchFilter::Field::Folder
                                                     || filter.field == SearchFilter::Field::Speaker || filter.field == SearchFilter::Field::Tag
                                                     || filter.field == SearchFilter::Field::Color)) {
                known = false;
            }
            if (known) {
                query.filters.append(filter);
                pendingOr = false;
                continue;
            }
            token.text = field + u' ' + token.text;
            token.quoted = false;
        }
        const std::optional<SearchTerm> term = termFrom(token);
        if (!term) {
            if (!token.text.isEmpty())
                query.notes.append(u"\"%1\" has no letters or digits and is left out."_s.arg(token.text));
            continue;
        }
        if (token.negated) {
            query.excluded.append(*term);
            pendingOr = false;
            continue;
        }
        // A field read as words becomes several plain words.
        const QStringList words = !token.quoted && term->text.contains(u' ') ? term->text.split(u' ', Qt::SkipEmptyParts) : QStringList{};
        if (!words.isEmpty()) {
            for (const QString &w : words)
                if (auto t = termFrom(Token{w, false, false, {}}))
                    query.groups.append({*t});
            pendingOr = false;
            continue;
        }
        if (pendingOr && !query.groups.isEmpty())
            query.groups.last().append(*term);
        else
            query.groups.append({*term});
        pendingOr = false;
    }
    return query;
}

QString ftsExpression(const SearchTerm &term, const QStringList &columns)
{
    QString quoted = term.text;
    quoted.replace(u'"', u"\"\""_s);
    // FTS5 reads its expression as a C string: a NUL would end it inside this quoted string and
    // make the whole search fail ("unterminated string"). Its tokenizer separates words at control
    // characters anyway, so a space means the same.
    quoted.replace(QChar(u'\0'), u' ');
    QString expression = u'"' + quoted + u'"';
    if (term.kind == SearchTerm::Kind::Prefix)
        expression += u'*';
    QString column;
    if (term.column == SearchTerm::Column::Title)
        column = u"title"_s;
    else if (term.column == SearchTerm::Column::Author)
        column = u"author"_s;
    if (!column.isEmpty()) {
        if (!columns.contains(column))
            return {};
        return u"{"_s + column + u"} : "_s + expression;
    }
    return u"{"_s + columns.join(u' ') + u"} : "_s + expression;
}

QString ftsExpression(const QList<QList<SearchTerm>> &groups, const QStringList &columns)
{
    QStringList parts;
    for (const QList<SearchTerm> &group : groups) {
        QStringList alternatives;
        for (const SearchTerm &term : group) {
            const QString e = ftsExpression(term, columns);
            if (!e.isEmpty())
                alternatives << e;
        }
        if (alternatives.isEmpty())
            return {}; // a group that cannot match here: nothing matches
        parts << (alternatives.size() == 1 ? alternatives.first() : u"("_s + alternatives.join(u" OR "_s) + u')');
    }
    return parts.join(u" AND "_s);
}

} // namespace gloss::search
