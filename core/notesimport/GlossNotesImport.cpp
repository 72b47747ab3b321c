#include "GlossNotesImport.h"

#include "ArticleLookup.h"
#include "Placement.h"
#include "SpeakerResolver.h"

#include "annotation/AnnotationStore.h"
#include "annotation/LabelStore.h"
#include "importing/ArticleSaving.h"
#include "store/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

Annotation toAnnotation(const ExportedAnnotation &n, qint64 articleId, qint64 speakerId)
{
    Annotation a;
    a.uuid = n.uuid;
    a.articleId = articleId;
    a.kind = kindFromName(n.kind).value_or(AnnotationKind::Highlight);
    // The colour is kept as written, even one the palette does not know: exports show such a
    // colour as the default one, and a round trip must give back what was stored.
    if (!n.color.isEmpty())
        a.color = n.color;
    a.selectors.position = {n.start, n.end};
    a.selectors.quote = {n.exact, n.prefix, n.suffix};
    a.originalExact = n.originalExact;
    a.status = statusFromName(n.state);
    a.comment = n.comment;
    a.speakerId = speakerId;
    a.quoteKind = quoteKindFromName(n.quoteKind).value_or(QuoteKind::None);
    a.verb = n.verb;
    a.tags = n.tags;
    a.created = n.created;
    a.updated = n.updated;
    return a;
}

class GlossNotesWriter {
public:
    explicit GlossNotesWriter(Database &db) : m_db(db), m_articles(db), m_speakers(db) {}

    Status run(const GlossNotesDocument &doc);
    NotesImportResult result;

private:
    Status writeSpeakers(const QList<ExportedSpeaker> &speakers);
    Result<ArticleMatch> findOrCreate(const ExportedArticle &article, const QString &path);
    Status label(qint64 articleId, const QStringList &tags);
    Status writeAnnotations(const ExportedArticle &article, const ArticleMatch &target, const QString &path);
    void place(QList<Annotation> &pending, const ExportedArticle &article, const ArticleMatch &target);
    Result<bool> known(const QString &uuid);
    Result<qint64> speakerFor(const ExportedAnnotation &n);

    Database &m_db;
    ArticleLookup m_articles;
    SpeakerResolver m_speakers;
    QHash<qint64, qint64> m_speakerIds;  // the file's speaker id -> the library's
};

Status GlossNotesWriter::run(const GlossNotesDocument &doc)
{
    LabelStore labels(m_db);
    for (const QString &tag : doc.tags) {
        if (auto id = labels.ensure(tag); !id)
            return Error{u"tags: %1"_s.arg(id.error())};
    }
    if (const Status s = writeSpeakers(doc.speakers); !s)
        return s;
    for (qsizetype i = 0; i < doc.articles.size(); ++i) {
        const ExportedArticle &article = doc.articles[i];
        const QString path = u"articles[%1] ('%2')"_s.arg(i).arg(article.title);
        auto target = findOrCreate(article, path);
        if (!target)
            return Error{target.error()};
        if (const Status s = label(target->id, article.tags); !s)
            return Error{u"%1: %2"_s.arg(path, s.error())};
        if (const Status s = writeAnnotations(article, *target, path); !s)
            return s;
    }
    return Status::success();
}

Status GlossNotesWriter::writeSpeakers(const QList<ExportedSpeaker> &speakers)
{
    for (const ExportedSpeaker &s : speakers) {
        auto id = m_speakers.resolve(s);
        if (!id)
            return Error{u"speakers: %1"_s.arg(id.error())};
        if (s.id)
            m_speakerIds.insert(s.id, *id);
    }
    return Status::success();
}

Result<ArticleMatch> GlossNotesWriter::findOrCreate(const ExportedArticle &article, const QString &path)
{
    auto found = m_articles.bySourceKeyOrUrl(article.sourceKey, article.url);
    if (!found)
        return Error{found.error()};
    if (found->has_value()) {
        ++result.articlesMatched;
        return **found;
    }
    if (article.text.isEmpty())
        return Error{u"%1: the library has no such article and the file holds no text for it "
                     "(export it with its content)"_s.arg(path)};
    ArticleInput input;
    input.sourceKey = article.sourceKey;
    input.url = article.url;
    input.title = article.title;
    input.author = article.author;
    input.source = article.source;
    input.format = article.format.isEmpty() ? u"html"_s : article.format;
    input.published = article.published;
    input.html = article.html;
    input.text = article.text;
    auto saved = saveArticleInBatch(m_db, input);
    if (!saved)
        return Error{u"%1: %2"_s.arg(path, saved.error())};
    const qint64 id = saved->saved.id;
    if (article.added.isValid()) {
        // The store stamps a new article with the time of saving; the file knows when it was added
        // first, and the list's order (sort_time) falls back to that time when there is no date.
        Statement added = m_db.prepare(u"UPDATE articles SET added = ?, sort_time = ? WHERE id = ?"_s);
        const QDateTime sortTime = article.published.isValid() ? article.published : article.added;
        added.bind(1, article.added.toMSecsSinceEpoch()).bind(2, sortTime.toMSecsSinceEpoch()).bind(3, id);
        if (!added.exec())
            return Error{u"%1: cannot store when it was added: %2"_s.arg(path, m_db.lastError())};
    }
    ++result.articlesCreated;
    return ArticleMatch{id, article.text};
}

Status GlossNotesWriter::label(qint64 articleId, const QStringList &tags)
{
    LabelStore labels(m_db);
    Statement link = m_db.prepare(u"INSERT OR IGNORE INTO article_labels (article_id, label_id) VALUES (?, ?)"_s);
    for (const QString &tag : tags) {
        auto id = labels.ensure(tag);
        if (!id)
            return Error{id.error()};
        link.reset();
        link.bind(1, articleId).bind(2, *id);
        if (!link.exec())
            return Error{u"cannot label the article '%1': %2"_s.arg(tag, m_db.lastError())};
    }
    return Status::success();
}

Result<bool> GlossNotesWriter::known(const QString &uuid)
{
    Statement st = m_db.prepare(u"SELECT 1 FROM annotations WHERE uuid = ?"_s);
    st.bind(1, uuid);
    if (st.next())
        return true;
    if (st.failed())
        return Error{u"cannot look up annotations: %1"_s.arg(m_db.lastError())};
    return false;
}

Result<qint64> GlossNotesWriter::speakerFor(const ExportedAnnotation &n)
{
    if (!n.hasSpeaker())
        return qint64(0);
    if (const auto it = m_speakerIds.constFind(n.speaker.id); n.speaker.id && it != m_speakerIds.constEnd())
        return *it;
    // A speaker the `speakers` list leaves out (a hand-made file): the name is enough.
    return m_speakers.byName(n.speaker.name);
}

void GlossNotesWriter::place(QList<Annotation> &pending, const ExportedArticle &article, const ArticleMatch &target)
{
    const QString &text = target.text;
    if (text == article.text) {
        // The text they were captured on: placed ones stay where the file says, unless the file
        // contradicts itself (a hand-edited quote), and then the selectors decide.
        for (Annotation &a : pending) {
            if (a.status == AnchorStatus::Orphan) {
                ++result.orphaned;
            } else if (text.mid(a.start(), a.end() - a.start()) != a.exact()) {
                result.warnings << u"annotation %1: its quote is not at its position in the text; placed by its quote"_s.arg(a.uuid);
                applyPlacement(a, anchorSelectors(text, a.selectors), text);
                ++(a.status == AnchorStatus::Orphan ? result.orphaned : result.reanchored);
            }
        }
        return;
    }
    // Another text: every annotation is found again. Placed ones together through reanchorAll(),
    // which maps the unchanged head and tail exactly; orphans are searched for afresh by their words.
    QList<int> placedIndexes;
    QList<TextSelectors> placedSelectors;
    QList<AnchorResult> results(pending.size());
    for (int i = 0; i < pending.size(); ++i) {
        const Annotation &a = pending[i];
        if (a.status == AnchorStatus::Orphan) {
            results[i] = anchorSelectors(text, orphanSearchSelectors(a));
        } else if (article.text.isEmpty()) {
            results[i] = anchorSelectors(text, a.selectors); // no captured text to compare with
        } else {
            placedIndexes << i;
            placedSelectors << a.selectors;
        }
    }
    const QList<AnchorResult> placed = reanchorAll(article.text, text, placedSelectors);
    for (int j = 0; j < placedIndexes.size(); ++j)
        results[placedIndexes[j]] = placed[j];
    for (int i = 0; i < pending.size(); ++i) {
        applyPlacement(pending[i], results[i], text);
        ++(pending[i].status == AnchorStatus::Orphan ? result.orphaned : result.reanchored);
    }
}

Status GlossNotesWriter::writeAnnotations(const ExportedArticle &article, const ArticleMatch &target, const QString &path)
{
    QList<Annotation> pending;
    for (qsizetype i = 0; i < article.annotations.size(); ++i) {
        const ExportedAnnotation &n = article.annotations[i];
        auto present = known(n.uuid);
        if (!present)
            return Error{present.error()};
        // The same uuid twice in one file is one annotation too.
        const bool pendingAlready = std::any_of(pending.cbegin(), pending.cend(), [&n](const Annotation &a) { return a.uuid == n.uuid; });
        if (*present || pendingAlready) {
            ++result.unchanged;
            continue;
        }
        auto speaker = speakerFor(n);
        if (!speaker)
            return Error{u"%1.annotations[%2]: %3"_s.arg(path).arg(i).arg(speaker.error())};
        pending << toAnnotation(n, target.id, *speaker);
    }
    place(pending, article, target);
    AnnotationStore store(m_db);
    for (const Annotation &a : std::as_const(pending)) {
        if (auto id = store.create(a); !id)
            return Error{u"%1: annotation %2: %3"_s.arg(path, a.uuid, id.error())};
        ++result.imported;
    }
    return Status::success();
}

} // namespace

Result<NotesImportResult> importGlossNotes(Database &db, const GlossNotesDocument &doc)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error{u"cannot start writing to the library: %1"_s.arg(db.lastError())};
    GlossNotesWriter writer(db);
    if (const Status s = writer.run(doc); !s)
        return Error{s.error()};
    if (!tx.commit())
        return Error{u"cannot save the imported notes: %1"_s.arg(db.lastError())};
    return writer.result;
}

} // namespace gloss
