// The search box's small query language, parsed into a value the search compiles into FTS5
// expressions and SQL filters with bound values — user text is never pasted into SQL or FTS5 syntax.
//
//   words            every word must appear (in any column)
//   "exact phrase"   the words in this order
//   prefix*          words starting so
//   -word, -"phrase" must not appear
//   a OR b           either (binds the terms on both sides of OR)
//   title:w author:w feed:NAME folder:NAME speaker:NAME tag:T color:C
//   is:unread is:read is:bookmarked is:annotated is:orphan
//   before:DATE (published earlier) after:DATE (published then or later); DATE is YYYY, YYYY-MM or YYYY-MM-DD
//
// Nothing is an error: an unbalanced quote, a lone operator, an unknown filter or FTS5 syntax
// characters are read as literal text, and each such reading is noted in `notes` for the UI to show.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss::search {

struct SearchTerm {
    enum class Kind { Word, Phrase, Prefix };
    Kind kind = Kind::Word;
    QString text;            // the words (a phrase's words separated by spaces); no operators
    enum class Column { Any, Title, Author };
    Column column = Column::Any;

    friend bool operator==(const SearchTerm &, const SearchTerm &) = default;
};

// Filters that are not words: they narrow by the library's own fields.
struct SearchFilter {
    enum class Field { Feed, Folder, Speaker, Tag, Color, Unread, Read, Bookmarked, Annotated, Orphan, Before, After };
    Field field = Field::Feed;
    QString value;           // Feed, Folder, Speaker, Tag, Color
    QDate date;              // Before, After
    bool negated = false;

    friend bool operator==(const SearchFilter &, const SearchFilter &) = default;
};

struct SearchQuery {
    // All groups must match; within a group any term may (a group of one is a plain term).
    QList<QList<SearchTerm>> groups;
    QList<SearchTerm> excluded;   // none of these may match
    QList<SearchFilter> filters;
    QStringList notes;            // how odd input was read ("the unclosed quote is read as words")

    bool hasWords() const { return !groups.isEmpty(); }
    bool isEmpty() const { return groups.isEmpty() && excluded.isEmpty() && filters.isEmpty(); }
    // Whether a filter applies to annotations only (speaker, tag, colour, orphan).
    bool needsAnnotations() const;
};

SearchQuery parseSearchQuery(const QString &text);

// The FTS5 expression for terms: each term a quoted FTS5 string (quotes doubled), "…"* for a prefix,
// {title} : / {author} : for column terms; groups joined with AND, alternatives with OR.
// `columns` lists the FTS table's columns that plain terms search (title and author terms match
// nothing in a table without those columns: such a query returns "" = no match possible).
QString ftsExpression(const QList<QList<SearchTerm>> &groups, const QStringList &columns);
QString ftsExpression(const SearchTerm &term, const QStringList &columns);

} // namespace gloss::search
