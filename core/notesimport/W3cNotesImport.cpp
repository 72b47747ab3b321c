#include "W3cNotesImport.h"

#include "ArticleLookup.h"
#include "Placement.h"
#include "SpeakerResolver.h"

#include "annotation/AnnotationStore.h"
#include "store/Database.h"

#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// The namespace of the name-based uuids given to imported annotations whose id is not a urn:uuid.
const QUuid ImportedIdNamespace(u"3c0f5e7a-8d2b-4f61-9b7e-5a1d2c4e6f80"_s);

Annotation annotationFor(const W3cNote &note, qint64 articleId, qint64 speakerId)
{
    Annotation a;
    a.uuid = uuidForW3cNote(note);
    a.articleId = articleId;
    // The model has no kind; Gloss's own export says "commenting" for a comment and names the
    // speaker of a quote, so those decide.
    a.kind = speakerId ? AnnotationKind::Quote : !note.comment.trimmed().isEmpty() ? AnnotationKind::Comment : AnnotationKind::Highlight;
    if (!note.color.isEmpty())
        a.color = note.color;
    a.comment = note.comment;
    a.tags = note.tags;
    a.speakerId = speakerId;
    a.created = note.created;
    a.updated = note.modified.isValid() ? note.modified : note.created;
    return a;
}

class W3cWriterToLibrary {
public:
    explicit W3cWriterToLibrary(Database &db) : m_db(db), m_articles(db), m_speakers(db) {}
    Status write(const W3cNote &note);
    NotesImportResult result;
    QSet<qint64> matchedArticles;

private:
    Result<bool> known(const QString &uuid);
    // Places `a` (its quote and position hint filled in) in `text`; true when it was moved.
    bool place(Annotation &a, const W3cNote &note, const QString &text);

    Database &m_db;
    ArticleLookup m_articles;
    SpeakerResolver m_speakers;
};

Result<bool> W3cWriterToLibrary::known(const QString &uuid)
{
    Statement st = m_db.prepare(u"SELECT 1 FROM annotations WHERE uuid = ?"_s);
    st.bind(1, uuid);
    if (st.next())
        return true;
    if (st.failed())
        return Error{u"cannot look up annotations: %1"_s.arg(m_db.lastError())};
    return false;
}

bool W3cWriterToLibrary::place(Annotation &a, const W3cNote &note, const QString &text)
{
    const int start = note.hasPosition ? utf16Offset(text, note.start) : 0;
    const int end = note.hasPosition ? utf16Offset(text, note.end) : 0;
    if (!note.hasQuote) {
        // Only a position: the words there are the passage, if the text is long enough to have them.
        if (start < end && end <= text.size()) {
            a.selectors = captureSelectors(text, start, end);
            a.status = AnchorStatus::Anchored;
            return false;
        }
        result.warnings << u"%1: its position %2..%3 is outside the article's text and it has no quote"_s.arg(
            note.id.isEmpty() ? note.where : note.id).arg(note.start).arg(note.end);
        a.selectors.position = {0, 0};
        a.status = AnchorStatus::Orphan;
        return true;
    }
    if (note.hasPosition && note.quote.prefix.isEmpty() && note.quote.suffix.isEmpty() && start < end && end <= text.size()
        && QStringView(text).mid(start, end - start) == note.quote.exact) {
        // A quote written without context (other tools do that) gives re-anchoring nothing to weigh
        // a short passage by; but two selectors that agree exactly on the current text describe it.
        a.selectors = captureSelectors(text, start, end);
        a.status = AnchorStatus::Anchored;
        return false;
    }
    a.selectors.quote = note.quote;
    a.selectors.position = {start, end};
    const AnchorResult r = anchorSelectors(text, a.selectors);
    applyPlacement(a, r, text);
    return r.state == AnchorState::Orphan || !note.hasPosition || r.start != start || r.end != end;
}

Status W3cWriterToLibrary::write(const W3cNote &note)
{
    const QString uuid = uuidForW3cNote(note);
    auto present = known(uuid);
    if (!present)
        return Error{present.error()};
    if (*present) {
        ++result.unchanged;
        return Status::success();
    }
    auto article = m_articles.byUri(note.source);
    if (!article)
        return Error{article.error()};
    if (!article->has_value()) {
        ++result.unmatched;
        result.unmatchedList << UnmatchedAnnotation{note.id.isEmpty() ? note.where : note.id, note.source};
        return Status::success();
    }
    const ArticleMatch &target = **article;
    matchedArticles.insert(target.id);
    qint64 speakerId = 0;
    if (!note.speaker.isEmpty()) {
        auto speaker = m_speakers.byName(note.speaker);
        if (!speaker)
            return Error{u"%1: %2"_s.arg(note.where, speaker.error())};
        speakerId = *speaker;
    }
    Annotation a = annotationFor(note, target.id, speakerId);
    const bool moved = place(a, note, target.text);
    if (auto id = AnnotationStore(m_db).create(a); !id)
        return Error{u"%1: %2"_s.arg(note.where, id.error())};
    ++result.imported;
    if (a.status == AnchorStatus::Orphan)
        ++result.orphaned;
    else if (moved)
        ++result.reanchored;
    return Status::success();
}

} // namespace

QString uuidForW3cNote(const W3cNote &note)
{
    if (note.id.startsWith(u"urn:uuid:"_s)) {
        const QUuid uuid = QUuid::fromString(note.id.mid(9));
        if (!uuid.isNull())
            return uuid.toString(QUuid::WithoutBraces);
    }
    // Without an id (the model requires one, but files are made by hand too) what the annotation
    // says is its identity.
    const QString name = !note.id.isEmpty()
                             ? note.id
                             : QStringList{note.source, note.quote.exact, note.quote.prefix, note.quote.suffix,
                                           QString::number(note.start), QString::number(note.end), note.comment}
                                   .join(QChar(31));
    return QUuid::createUuidV5(ImportedIdNamespace, name).toString(QUuid::WithoutBraces);
}

Result<NotesImportResult> importW3cNotes(Database &db, const QList<W3cNote> &notes)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error{u"cannot start writing to the library: %1"_s.arg(db.lastError())};
    W3cWriterToLibrary writer(db);
    for (const W3cNote &note : notes) {
        if (const Status s = writer.write(note); !s)
            return Error{s.error()};
    }
    if (!tx.commit())
        return Error{u"cannot save the imported annotations: %1"_s.arg(db.lastError())};
    writer.result.articlesMatched = int(writer.matchedArticles.size());
    return writer.result;
}

} // namespace gloss
