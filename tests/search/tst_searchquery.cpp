// The search box's query language, one input at a time: what it parses into, and the FTS5
// expression it becomes. Odd input is read as text, never as syntax.
#include "search/SearchQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss::search;

namespace {
// A compact picture of a parsed query: groups as "a|b", excluded with '-', filters as field=value.
QString describe(const SearchQuery &q)
{
    QStringList parts;
    auto term = [](const SearchTerm &t) {
        QString s = t.text;
        if (t.kind == SearchTerm::Kind::Phrase)
            s = u'"' + s + u'"';
        if (t.kind == SearchTerm::Kind::Prefix)
            s += u'*';
        if (t.column == SearchTerm::Column::Title)
            s = u"title:"_s + s;
        if (t.column == SearchTerm::Column::Author)
            s = u"author:"_s + s;
        return s;
    };
    for (const auto &group : q.groups) {
        QStringList alternatives;
        for (const SearchTerm &t : group)
            alternatives << term(t);
        parts << alternatives.join(u'|');
    }
    for (const SearchTerm &t : q.excluded)
        parts << u'-' + term(t);
    static const char *names[] = {"feed", "folder", "speaker", "tag", "color", "unread", "read", "bookmarked",
                                  "annotated", "orphan", "before", "after"};
    for (const SearchFilter &f : q.filters) {
        QString s = (f.negated ? u"!"_s : QString()) + QString::fromLatin1(names[int(f.field)]);
        if (!f.value.isEmpty())
            s += u'=' + f.value;
        if (f.date.isValid())
            s += u'=' + f.date.toString(Qt::ISODate);
        parts << s;
    }
    return parts.join(u' ');
}
} // namespace

class TestSearchQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("parsed");
        QTest::addColumn<bool>("noted");

        QTest::newRow("words") << u"peace talks"_s << u"peace talks"_s << false;
        QTest::newRow("phrase") << u"\"peace process\" Moscow"_s << u"\"peace process\" Moscow"_s << false;
        QTest::newRow("curly phrase") << u"\u201Cpeace process\u201D"_s << u"\"peace process\""_s << false;
        QTest::newRow("one-word phrase is a word") << u"\"Xi\""_s << u"Xi"_s << false;
        QTest::newRow("prefix") << u"negotiat*"_s << u"negotiat*"_s << false;
        QTest::newRow("exclusion") << u"Putin -Xi -\"state media\""_s << u"Putin -Xi -\"state media\""_s << false;
        QTest::newRow("or") << u"Putin OR Xi summit"_s << u"Putin|Xi summit"_s << false;
        QTest::newRow("or chain") << u"a OR b OR c"_s << u"a|b|c"_s << false;
        QTest::newRow("lowercase or is a word") << u"war or peace"_s << u"war or peace"_s << false;
        QTest::newRow("lone OR at the start") << u"OR peace"_s << u"or peace"_s << true;
        QTest::newRow("lone OR at the end") << u"peace OR"_s << u"peace or"_s << true;
        QTest::newRow("title and author") << u"title:Xi author:\"Ann Lee\""_s << u"title:Xi author:\"Ann Lee\""_s << false;
        QTest::newRow("filters") << u"speaker:Putin tag:ukraine color:Green feed:\"Daily News\" folder:World"_s
                                 << u"speaker=Putin tag=ukraine color=green feed=Daily News folder=World"_s << false;
        QTest::newRow("is filters") << u"is:unread is:bookmarked is:annotated is:orphan is:read"_s
                                    << u"unread bookmarked annotated orphan read"_s << false;
        QTest::newRow("negated filter") << u"-is:read -tag:sport"_s << u"!read !tag=sport"_s << false;
        QTest::newRow("dates") << u"after:2024-07 before:2024-07-02"_s << u"after=2024-07-01 before=2024-07-02"_s << false;
        QTest::newRow("year") << u"after:2023 before:2025"_s << u"after=2023-01-01 before=2025-01-01"_s << false;
        QTest::newRow("bad date is words") << u"before:yesterday"_s << u"before yesterday"_s << true;
        QTest::newRow("unknown filter is words") << u"colour:red mood:angry"_s << u"mood angry color=red"_s << true;
        QTest::newRow("unknown is: is words") << u"is:lovely"_s << u"is lovely"_s << true;
        QTest::newRow("unclosed quote") << u"\"peace talks"_s << u"peace talks"_s << true;
        QTest::newRow("unclosed quote keeps the field") << u"title:\"Xi"_s << u"title:Xi"_s << true;
        QTest::newRow("lone operators") << u"- * \" OR"_s << u"or"_s << true;
        QTest::newRow("fts syntax is text") << u"NEAR(a b) ^start col:umn a+b {x}"_s << u"NEAR(a b) ^start col umn a+b {x}"_s << true;
        QTest::newRow("sql is text") << u"'; DROP TABLE articles; --"_s << u"DROP TABLE articles;"_s << true;
        QTest::newRow("empty") << u"   "_s << QString() << false;
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, parsed);
        QFETCH(bool, noted);
        const SearchQuery q = parseSearchQuery(input);
        QCOMPARE(describe(q), parsed);
        QCOMPARE(!q.notes.isEmpty(), noted);
    }

    void ftsExpressions()
    {
        const QStringList columns{u"title"_s, u"text"_s};
        QCOMPARE(ftsExpression(parseSearchQuery(u"peace \"state media\" negot*"_s).groups, columns),
                 u"{title text} : \"peace\" AND {title text} : \"state media\" AND {title text} : \"negot\"*"_s);
        QCOMPARE(ftsExpression(parseSearchQuery(u"a OR b"_s).groups, columns), u"({title text} : \"a\" OR {title text} : \"b\")"_s);
        // A quote inside a term is doubled, so it can never end the FTS5 string.
        QCOMPARE(ftsExpression(parseSearchQuery(u"say\"s"_s).groups, columns), u"{title text} : \"say\" AND {title text} : \"s\""_s);
        QCOMPARE(ftsExpression(SearchTerm{SearchTerm::Kind::Word, u"o\"k"_s, SearchTerm::Column::Any}, columns), u"{title text} : \"o\"\"k\""_s);
        // A NUL would end FTS5's reading of the expression mid-string (found by fuzz_search_query).
        const QString withNul = ftsExpression(parseSearchQuery(u"peace\0talks before:2024\0after"_s).groups, columns);
        QVERIFY(!withNul.isEmpty());
        QVERIFY(!withNul.contains(QChar(u'\0')));
        // A title term in a table without titles cannot match: the expression says so by being empty.
        QCOMPARE(ftsExpression(parseSearchQuery(u"title:Xi"_s).groups, {u"exact"_s}), QString());
        QCOMPARE(ftsExpression(parseSearchQuery(u"title:Xi"_s).groups, columns), u"{title} : \"Xi\""_s);
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
