#include "bench_search_library.h"

#include "BenchSupport.h"

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "store/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimeZone>

#include <sqlite3.h>

#include <array>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gloss::bench {

namespace {

using Shape = SearchLibraryShape;

// The articles that get RichAnnotations annotations (indices, oldest first); the last is among the
// newest, so the article list's first page holds it.
constexpr std::array<int, 5> RichArticles{1000, 25000, 50000, 75000, Shape::Articles - 3};
// With the rich ones at 200, these first articles stay without annotations to make exactly 1,000,000.
constexpr int UnannotatedArticles = 95;
constexpr int AnnotationsPerArticle = 10;
static_assert(RichArticles.size() * Shape::RichAnnotations
                  + (Shape::Articles - RichArticles.size() - UnannotatedArticles) * AnnotationsPerArticle
              == Shape::Annotations);

const char *const GeneratorKey = "bench.search.generator";

// generatedParagraph's words are in every article, like "said" in real news; these are what tells
// articles apart. None of them is one of generatedParagraph's words.
const QStringList Topics = {
    u"election"_s,  u"inflation"_s, u"wildfire"_s,  u"vaccine"_s,   u"tariff"_s,    u"pipeline"_s,  u"ceasefire"_s, u"pension"_s,
    u"housing"_s,   u"hospital"_s,  u"school"_s,    u"railway"_s,   u"airport"_s,   u"refinery"_s,  u"earthquake"_s, u"flood"_s,
    u"mining"_s,    u"fishery"_s,   u"wages"_s,     u"strike"_s,    u"climate"_s,   u"reservoir"_s, u"bridge"_s,    u"stadium"_s,
    u"museum"_s,    u"police"_s,    u"court"_s,     u"prison"_s,    u"border"_s,    u"migration"_s, u"asylum"_s,    u"subsidy"_s,
    u"mortgage"_s,  u"rent"_s,      u"energy"_s,    u"nuclear"_s,   u"solar"_s,     u"turbine"_s,   u"battery"_s,   u"steel"_s,
    u"telecom"_s,   u"broadband"_s, u"satellite"_s, u"rocket"_s,    u"pandemic"_s,  u"measles"_s,   u"cholera"_s,   u"famine"_s,
    u"referendum"_s, u"coalition"_s, u"sanctions"_s, u"embargo"_s,  u"treaty"_s,    u"summit"_s,    u"lobbying"_s,  u"pollution"_s,
    u"recycling"_s, u"ferry"_s,     u"motorway"_s,  u"tourism"_s,
};
const QStringList Places = {
    u"Ashford"_s,  u"Brackley"_s, u"Carrow"_s,   u"Dunmore"_s,  u"Elmsworth"_s, u"Fenwick"_s,  u"Glenholm"_s, u"Hartwell"_s,
    u"Ivybridge"_s, u"Kelso"_s,   u"Larkhill"_s, u"Marlow"_s,   u"Northam"_s,   u"Oakridge"_s, u"Pembury"_s,  u"Quarrendon"_s,
    u"Redhill"_s,  u"Stanwick"_s, u"Thornbury"_s, u"Upton"_s,   u"Vellmar"_s,   u"Westbury"_s, u"Yarrow"_s,   u"Zennor"_s,
    u"Alderney"_s, u"Bexhill"_s,  u"Cromer"_s,   u"Dorrington"_s, u"Eastleigh"_s, u"Frome"_s,
};
// Each in about one article in 2,500: the rare words of the queries.
const QStringList RareWords = {
    u"narwhal"_s,   u"zeppelin"_s, u"marzipan"_s,  u"theremin"_s,   u"obsidian"_s, u"kombucha"_s, u"quinoa"_s,  u"sauerkraut"_s,
    u"harpsichord"_s, u"chrysanthemum"_s, u"aqueduct"_s, u"catamaran"_s, u"dirigible"_s, u"escarpment"_s, u"falconry"_s, u"gazebo"_s,
    u"hieroglyph"_s, u"isthmus"_s, u"jackalope"_s, u"kaleidoscope"_s, u"labyrinth"_s, u"meerkat"_s, u"nebula"_s,  u"origami"_s,
    u"pangolin"_s,  u"quokka"_s,   u"rhubarb"_s,   u"saxophone"_s,  u"tapestry"_s, u"ukulele"_s,  u"vellum"_s,  u"walrus"_s,
    u"xylophone"_s, u"yodel"_s,    u"zither"_s,    u"abacus"_s,     u"bagpipe"_s,  u"cormorant"_s, u"dulcimer"_s, u"emu"_s,
};
const QStringList GivenNames = {
    u"Amara"_s, u"Bjorn"_s,  u"Chen"_s,    u"Dalia"_s,  u"Emeka"_s,  u"Farida"_s, u"Gustavo"_s, u"Hana"_s,  u"Ivan"_s,   u"Jelena"_s,
    u"Kwame"_s, u"Leila"_s,  u"Mateo"_s,   u"Nadia"_s,  u"Oskar"_s,  u"Priya"_s,  u"Quentin"_s, u"Rosa"_s,  u"Samir"_s,  u"Tomas"_s,
    u"Ulla"_s,  u"Vikram"_s, u"Wanjiru"_s, u"Xavier"_s, u"Yusuf"_s,  u"Zofia"_s,  u"Anders"_s,  u"Beatriz"_s, u"Cormac"_s, u"Dmitri"_s,
    u"Esther"_s, u"Fionn"_s, u"Greta"_s,   u"Hiroshi"_s, u"Ines"_s,  u"Jonas"_s,  u"Kateryna"_s, u"Luis"_s, u"Maren"_s,  u"Nikolai"_s,
};
const QStringList Surnames = {
    u"Okafor"_s,   u"Lindqvist"_s, u"Kowalczyk"_s, u"Haddad"_s,   u"Moreau"_s,    u"Tanaka"_s,   u"Novak"_s,    u"Mensah"_s,
    u"Rossi"_s,    u"Petrov"_s,    u"Oyelaran"_s,  u"Brennan"_s,  u"Castillo"_s,  u"Dubois"_s,   u"Eriksen"_s,  u"Fischer"_s,
    u"Gallagher"_s, u"Horvath"_s,  u"Ibrahim"_s,   u"Jansen"_s,   u"Kuznetsova"_s, u"Larsen"_s,  u"Mbeki"_s,    u"Nakamura"_s,
    u"Pereira"_s,  u"Quispe"_s,    u"Rahman"_s,    u"Schultz"_s,  u"Takahashi"_s, u"Ueda"_s,     u"Varga"_s,    u"Wojcik"_s,
    u"Yilmaz"_s,   u"Zeller"_s,    u"Achebe"_s,    u"Bergstrom"_s, u"Cardoso"_s,  u"Delacroix"_s, u"Esposito"_s, u"Ferreira"_s,
    u"Grunewald"_s, u"Halvorsen"_s, u"Iwasaki"_s,  u"Jovanovic"_s, u"Kristiansen"_s, u"Lombardi"_s, u"Marchetti"_s, u"Nordqvist"_s,
    u"Obradovic"_s, u"Sandoval"_s,
};
const QStringList Roles = {u"Minister"_s, u"Mayor"_s, u"Senator"_s, u"Professor"_s, u"Chief"_s, u"Judge"_s};
const QStringList TitleNouns = {u"inquiry"_s, u"deal"_s, u"row"_s, u"crisis"_s, u"reform"_s, u"protest"_s, u"talks"_s, u"ruling"_s, u"review"_s, u"scheme"_s};
const QStringList TitleTails = {u"widens"_s, u"stalls"_s, u"approved"_s, u"delayed"_s, u"under fire"_s, u"explained"_s,
                                u"what we know"_s, u"draws protest"_s, u"in numbers"_s, u"takes shape"_s};
const QStringList Verbs = {u"stalled"_s, u"collapsed"_s, u"resumed"_s, u"widened"_s, u"passed"_s, u"failed"_s};
const QStringList FolderNames = {u"Politics"_s, u"World"_s, u"Business"_s, u"Science"_s, u"Local"_s, u"Sport"_s, u"Culture"_s, u"Tech"_s};
const QStringList SourcePrefixes = {u"Valley"_s, u"Coastal"_s, u"Northern"_s, u"Capital"_s, u"Metro"_s,
                                    u"Evening"_s, u"Morning"_s, u"Daily"_s, u"Weekly"_s, u"Harbourside"_s};
const QStringList SourceSuffixes = {u"Gazette"_s, u"Courier"_s, u"Times"_s, u"Herald"_s, u"Post"_s, u"Chronicle"_s};
constexpr int Feeds = 40;          // the first 40 source names are feeds, 5 to a folder
constexpr int Sources = 60;
const QStringList Comments = {
    u"Check the figures against the annual accounts"_s, u"Follow up with the press office on the %1 story"_s,
    u"Contradicts the earlier statement"_s,             u"Source needed"_s,
    u"Compare with last year's %1 coverage"_s,          u"Ask for the full dataset"_s,
    u"Good quote for the feature"_s,                    u"Timeline: see the March coverage of the %1 row"_s,
    u"Who funds this group?"_s,                         u"Verify the date with the court records"_s,
};
const QStringList TagBases = {
    u"follow-up"_s, u"check"_s,    u"verify"_s,   u"important"_s, u"quote"_s,    u"background"_s, u"context"_s,  u"data"_s,
    u"source"_s,    u"timeline"_s, u"contradiction"_s, u"claim"_s, u"figure"_s,  u"legal"_s,      u"policy"_s,   u"budget-watch"_s,
    u"water"_s,     u"energy"_s,   u"health"_s,   u"housing"_s,   u"transport"_s, u"education"_s, u"security"_s, u"environment"_s,
    u"economy"_s,   u"election"_s, u"local"_s,    u"international"_s, u"people"_s, u"history"_s,
};
// Weighted like a real palette's use: mostly the default yellow.
const QStringList Colours = {u"yellow"_s, u"yellow"_s, u"yellow"_s, u"yellow"_s, u"green"_s, u"green"_s,
                             u"blue"_s,   u"blue"_s,   u"pink"_s,   u"purple"_s, u"orange"_s};

// Skewed picks: index 0 is the most frequent, the last ones are rare (about Zipf-like).
int skewed(QRandomGenerator &random, int count, double power = 3.0)
{
    return std::min(count - 1, int(double(count) * std::pow(random.generateDouble(), power)));
}

QString speakerName(int s)
{
    return GivenNames[s % GivenNames.size()] + u' ' + Surnames[(s / int(GivenNames.size())) % Surnames.size()];
}

QString sourceName(int s)
{
    return SourcePrefixes[s % SourcePrefixes.size()] + u' ' + SourceSuffixes[(s / int(SourcePrefixes.size())) % SourceSuffixes.size()];
}

QString tagName(int t)
{
    const QString base = TagBases[t % TagBases.size()];
    return t < TagBases.size() ? base : base + u'-' + QString::number(2014 + t / int(TagBases.size()));
}

struct GeneratedArticle {
    QString title, author, text, html;
    int source = 0;   // index into the source names; below Feeds it is a feed
};

// generatedParagraph's filler with a sentence that carries the article's topics, places, speakers
// and now and then a rare word.
GeneratedArticle generatedArticle(int index, QRandomGenerator &random)
{
    GeneratedArticle a;
    const QString topic = Topics[skewed(random, int(Topics.size()))];
    const QString second = Topics[skewed(random, int(Topics.size()))];
    const QString place = Places[random.bounded(int(Places.size()))];
    const QString noun = TitleNouns[random.bounded(int(TitleNouns.size()))];
    a.title = u"%1 %2 %3 %4"_s.arg(place, topic, noun, TitleTails[random.bounded(int(TitleTails.size()))]);
    const int author = random.bounded(300);
    a.author = GivenNames[author % GivenNames.size()] + u' ' + Surnames[(author * 7 + author / 40) % Surnames.size()];
    a.source = skewed(random, Sources, 1.6);
    const int paragraphs = 5 + random.bounded(4);
    QStringList parts;
    for (int p = 0; p < paragraphs; ++p) {
        QString para = generatedParagraph(index, p);
        switch (p) {
        case 0:
            para += u" The %1 %2 in %3 %4, said %5."_s.arg(topic, noun, place, Verbs[random.bounded(int(Verbs.size()))],
                                                          speakerName(skewed(random, Shape::Speakers)));
            break;
        case 1: para += u" %1 said the %2 talks would resume."_s.arg(speakerName(skewed(random, Shape::Speakers)), second); break;
        case 2:
            if (random.bounded(40) == 0)
                para += u" Observers compared it to a %1."_s.arg(RareWords[random.bounded(int(RareWords.size()))]);
            break;
        case 3: para += u" Officials in %1 expect the %2 %3 to continue."_s.arg(place, topic, second); break;
        default: break;
        }
        parts << para;
    }
    a.text = parts.join(u'\n');
    for (const QString &p : std::as_const(parts))
        a.html += u"<p>"_s + p + u"</p>"_s;
    return a;
}

// One prepared statement per table, reused for every row.
struct Writers {
    Statement article, annotation, tag;
    explicit Writers(Database &db)
        : article(db.prepare(u"INSERT INTO articles (feed_id, source_key, url, title, author, source, format, published, added, "
                             "updated, sort_time, html, text, content_hash, is_read, is_bookmarked, bookmarked_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'html', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        , annotation(db.prepare(u"INSERT INTO annotations (uuid, article_id, kind, color, start_pos, end_pos, exact, prefix, suffix, "
                                "anchor_state, comment, speaker_id, quote_kind, created, updated) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        , tag(db.prepare(u"INSERT INTO annotation_tags (annotation_id, label_id) VALUES (?, ?)"_s))
    {
    }
};

// One article every ~57 minutes, from 2015 to late 2025, oldest first.
qint64 publishedMs(int index)
{
    static const qint64 start = QDateTime(QDate(2015, 1, 1), QTime(6, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    return start + qint64(index) * 3400 * 1000;
}

struct Timings {
    qint64 articlesNs = 0, annotationsNs = 0, tagsNs = 0;
};

bool insertArticle(Writers &w, int index, const GeneratedArticle &a, const QList<qint64> &feedIds, QRandomGenerator &random)
{
    const qint64 published = publishedMs(index);
    // Older articles are mostly read, the newest mostly not.
    const bool read = index < Shape::Articles * 7 / 10 ? random.bounded(10) != 0 : random.bounded(10) < 3;
    const bool bookmarked = random.bounded(50) == 0;
    Statement &st = w.article;
    st.reset();
    st.bind(1, a.source < Feeds ? QVariant(feedIds[a.source]) : QVariant());
    st.bind(2, u"bench:%1"_s.arg(index, 6, 10, QChar(u'0')));
    st.bind(3, u"https://news%1.example/story/%2"_s.arg(a.source).arg(index));
    st.bind(4, a.title).bind(5, a.author).bind(6, sourceName(a.source));
    st.bind(7, published).bind(8, published).bind(9, published).bind(10, published);
    st.bind(11, a.html).bind(12, a.text).bind(13, ArticleStore::contentHash(a.title, a.html));
    st.bind(14, read).bind(15, bookmarked).bind(16, bookmarked ? QVariant(published) : QVariant());
    return st.exec();
}

// A whole-word range of 40-200 characters somewhere in `text`.
std::pair<int, int> annotationRange(const QString &text, QRandomGenerator &random)
{
    const int size = int(text.size());
    int start = random.bounded(std::max(1, size - 220));
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    int end = std::min(size, start + 40 + random.bounded(160));
    while (end < size && text.at(end).isLetterOrNumber())
        ++end;
    return {start, end};
}

bool insertAnnotations(Database &db, Writers &w, qint64 articleId, const QString &text, int count, qint64 published,
                       QRandomGenerator &random, int &serial, Timings &timings)
{
    QElapsedTimer clock;
    for (int n = 0; n < count; ++n) {
        clock.start();
        const auto [start, end] = annotationRange(text, random);
        const int kind = random.bounded(10); // half highlights, 3 in 10 quotes, 2 in 10 comments
        const bool orphan = random.bounded(2000) == 0;
        Statement &st = w.annotation;
        st.reset();
        st.bind(1, u"bench-%1"_s.arg(serial++, 8, 10, QChar(u'0')));
        st.bind(2, articleId);
        st.bind(3, kind < 5 ? u"highlight"_s : kind < 8 ? u"quote"_s : u"comment"_s);
        st.bind(4, Colours[random.bounded(int(Colours.size()))]);
        st.bind(5, orphan ? QVariant() : QVariant(start)).bind(6, orphan ? QVariant() : QVariant(end));
        st.bind(7, text.mid(start, end - start));
        st.bind(8, text.mid(std::max(0, start - 32), start - std::max(0, start - 32))).bind(9, text.mid(end, 32));
        st.bind(10, orphan ? u"orphan"_s : u"anchored"_s);
        const QString comment = Comments[random.bounded(int(Comments.size()))];
        st.bind(11, kind >= 8 ? (comment.contains(u"%1"_s) ? comment.arg(Topics[skewed(random, int(Topics.size()))]) : comment) : QString());
        st.bind(12, kind >= 5 && kind < 8 ? QVariant(qint64(1 + skewed(random, Shape::Speakers, 2.0))) : QVariant());
        st.bind(13, kind >= 5 && kind < 8 ? QVariant(u"direct"_s) : QVariant());
        st.bind(14, published + n * 1000).bind(15, published + n * 1000);
        if (!st.exec())
            return false;
        timings.annotationsNs += clock.nsecsElapsed();
        clock.start();
        // A quarter are tagged, a few of those twice: each tag re-indexes its annotation (triggers).
        const int tags = random.bounded(20) < 5 ? (random.bounded(5) == 0 ? 2 : 1) : 0;
        const qint64 annotationId = db.lastInsertId();
        const int label = skewed(random, Shape::Labels);
        for (int t = 0; t < tags; ++t) {
            w.tag.reset();
            w.tag.bind(1, annotationId).bind(2, qint64(1 + (label + t * 7) % Shape::Labels));
            if (!w.tag.exec())
                return false;
        }
        timings.tagsNs += clock.nsecsElapsed();
    }
    return true;
}

bool insertSpeakersAndLabels(Database &db)
{
    Statement speaker = db.prepare(u"INSERT INTO speakers (id, name, role, created, updated) VALUES (?, ?, ?, 0, 0)"_s);
    Statement alias = db.prepare(u"INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)"_s);
    for (int s = 0; s < Shape::Speakers; ++s) {
        const QString surname = Surnames[(s / int(GivenNames.size())) % Surnames.size()];
        const QString role = Roles[s % Roles.size()];
        speaker.reset();
        speaker.bind(1, qint64(s + 1)).bind(2, speakerName(s)).bind(3, role);
        if (!speaker.exec())
            return false;
        // Every speaker has an alias; a surname alone is shared by several, as in real registries.
        alias.reset();
        alias.bind(1, qint64(s + 1)).bind(2, s % 4 == 0 ? surname : role + u' ' + surname);
        if (!alias.exec())
            return false;
    }
    Statement label = db.prepare(u"INSERT INTO labels (id, name) VALUES (?, ?)"_s);
    for (int t = 0; t < Shape::Labels; ++t) {
        label.reset();
        label.bind(1, qint64(t + 1)).bind(2, tagName(t));
        if (!label.exec())
            return false;
    }
    return true;
}

Result<QList<qint64>> insertFeeds(Database &db)
{
    FeedStore feeds(db);
    QList<qint64> ids;
    for (int f = 0; f < Feeds; ++f) {
        auto folder = feeds.ensureFolder(FolderNames[f / 5]);
        if (!folder)
            return Error{folder.error()};
        auto id = feeds.addFeed(u"https://news%1.example/feed.xml"_s.arg(f), sourceName(f), *folder);
        if (!id)
            return Error{id.error()};
        ids << *id;
    }
    return ids;
}

int annotationCount(int index)
{
    if (std::find(RichArticles.begin(), RichArticles.end(), index) != RichArticles.end())
        return Shape::RichAnnotations;
    return index < UnannotatedArticles ? 0 : AnnotationsPerArticle;
}

QString generateInto(Database &db)
{
    auto feedIds = insertFeeds(db);
    if (!feedIds)
        return feedIds.error();
    if (!insertSpeakersAndLabels(db))
        return db.lastError();
    Writers writers(db);
    QRandomGenerator random(7007);
    Timings timings;
    int serial = 0;
    QElapsedTimer clock;
    for (int i = 0; i < Shape::Articles; ++i) {
        clock.start();
        const GeneratedArticle article = generatedArticle(i, random);
        if (!insertArticle(writers, i, article, *feedIds, random))
            return db.lastError();
        const qint64 id = db.lastInsertId();
        timings.articlesNs += clock.nsecsElapsed();
        if (!insertAnnotations(db, writers, id, article.text, annotationCount(i), publishedMs(i), random, serial, timings))
            return db.lastError();
        if ((i + 1) % 20000 == 0) {
            std::printf("  %6d articles, %7d annotations\n", i + 1, serial);
            std::fflush(stdout);
        }
    }
    printFigure("  articles (with their FTS5 index)", double(timings.articlesNs) / 1e9, "s");
    printFigure("  annotations (with their FTS5 index)", double(timings.annotationsNs) / 1e9, "s");
    printFigure("  tags (each re-indexes its annotation)", double(timings.tagsNs) / 1e9, "s");
    Statement mark = db.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    mark.bind(1, QString::fromLatin1(GeneratorKey)).bind(2, QString::number(Shape::GeneratorVersion));
    return mark.exec() ? QString() : db.lastError();
}

} // namespace

qint64 richArticleId()
{
    return RichArticles.back() + 1; // ids follow the insertion order of a fresh table
}

bool isCurrentSearchLibrary(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    // Read with SQLite itself: Library::open would upgrade an older file instead of telling.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    const auto readInt = [db](const char *sql) {
        sqlite3_stmt *st = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            value = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        return value;
    };
    const qint64 schema = readInt("PRAGMA user_version");
    const qint64 generator = readInt("SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'bench.search.generator'");
    sqlite3_close(db);
    return schema == currentSchemaVersion() && generator == Shape::GeneratorVersion;
}

QString generateSearchLibrary(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + u".partial"_s;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(partial + suffix);
    QString error;
    {
        auto library = Library::open(partial);
        if (!library)
            return library.error();
        Database &db = (*library)->database();
        // A file that is thrown away if anything fails needs no journal, and a large cache keeps the
        // indexes' pages in memory: what is measured later is searching, not this.
        db.execute(u"PRAGMA journal_mode = OFF"_s);
        db.execute(u"PRAGMA synchronous = OFF"_s);
        db.execute(u"PRAGMA cache_size = -262144"_s);
        Transaction tx(db);
        error = generateInto(db);
        if (error.isEmpty() && !tx.commit())
            error = db.lastError();
    }
    if (!error.isEmpty())
        return error;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    if (!QFile::rename(partial, path))
        return u"cannot rename %1"_s.arg(partial);
    // Opened once as Gloss opens it (back to write-ahead logging, which the generation turned off),
    // so that the benchmark's first open is like any later one.
    QElapsedTimer clock;
    clock.start();
    auto library = Library::open(path);
    printFigure("  first open of the generated library", double(clock.nsecsElapsed()) / 1e6, "ms");
    return library ? QString() : library.error();
}

} // namespace gloss::bench
