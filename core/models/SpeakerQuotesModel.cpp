#include "SpeakerQuotesModel.h"

#include "store/Database.h"

#include <QScopedValueRollback>

#include <limits>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// One keyset page: the speaker's quotes with an id below `before`, highest first. The first page
// passes the largest id, so one statement (one plan) serves every page.
const QString PageSql = u"SELECT a.id, a.article_id, ar.title, a.exact, a.quote_kind, a.verb, a.anchor_state "
                        "FROM annotations a JOIN articles ar ON ar.id = a.article_id "
                        "WHERE a.speaker_id = ?1 AND a.id < ?2 ORDER BY a.id DESC LIMIT ?3"_s;

struct SpeakerQuotesQuery {
    Database &db;

    Result<QList<SpeakerQuote>> page(qint64 speakerId, qint64 before, int limit)
    {
        Statement st = db.prepare(PageSql);
        st.bind(1, speakerId).bind(2, before).bind(3, limit);
        QList<SpeakerQuote> rows;
        rows.reserve(limit);
        while (st.next()) {
            SpeakerQuote q;
            q.id = st.int64(0);
            q.articleId = st.int64(1);
            q.articleTitle = st.text(2);
            q.exact = st.text(3);
            q.quoteKind = quoteKindFromName(st.text(4)).value_or(QuoteKind::None);
            q.verb = st.text(5);
            q.status = statusFromName(st.text(6));
            rows << q;
        }
        if (!st.isValid() || st.failed())
            return Error{u"cannot read the speaker's quotes: %1"_s.arg(db.lastError())};
        return rows;
    }
};

} // namespace

SpeakerQuotesModel::SpeakerQuotesModel(Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

void SpeakerQuotesModel::setSpeaker(qint64 speakerId)
{
    m_speakerId = speakerId;
    reload();
}

void SpeakerQuotesModel::reload()
{
    // The first page is read inside the reset so a view sees the new rows in one notification;
    // m_fetching keeps a view that reacts to modelReset from fetching page two mid-reset.
    const QScopedValueRollback guard(m_fetching, true);
    QString error;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    if (m_speakerId) {
        auto page = SpeakerQuotesQuery{m_db}.page(m_speakerId, std::numeric_limits<qint64>::max(), m_pageSize);
        if (page) {
            m_rows = *page;
            m_atEnd = page->size() < m_pageSize;
        } else {
            error = page.error();
        }
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
}

bool SpeakerQuotesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SpeakerQuotesModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester call back into fetchMore() from rowsInserted; one page at a
    // time keeps the insert notifications consistent.
    if (parent.isValid() || m_atEnd || m_fetching || m_rows.isEmpty())
        return;
    const QScopedValueRollback guard(m_fetching, true);
    auto page = SpeakerQuotesQuery{m_db}.page(m_speakerId, m_rows.last().id, m_pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error());
        return;
    }
    m_atEnd = page->size() < m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

Result<QStringList> SpeakerQuotesModel::pageQueryPlan(Database &db)
{
    Statement st = db.prepare(u"EXPLAIN QUERY PLAN "_s + PageSql);
    st.bind(1, qint64(1)).bind(2, std::numeric_limits<qint64>::max()).bind(3, 1);
    QStringList plan;
    while (st.next())
        plan << st.text(3);   // columns: id, parent, notused, detail
    if (!st.isValid() || st.failed())
        return Error{u"cannot explain the quotes query: %1"_s.arg(db.lastError())};
    return plan;
}

int SpeakerQuotesModel::rowForId(qint64 annotationId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == annotationId)
            return i;
    return -1;
}

const SpeakerQuote *SpeakerQuotesModel::quoteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SpeakerQuotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerQuotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpeakerQuote &q = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ExactRole: return q.exact;
    case Qt::ToolTipRole: return q.articleTitle;
    case IdRole: return q.id;
    case ArticleIdRole: return q.articleId;
    case ArticleTitleRole: return q.articleTitle;
    case QuoteKindRole: return quoteKindName(q.quoteKind);
    case VerbRole: return q.verb;
    case StateRole: return statusName(q.status);
    }
    return {};
}

QHash<int, QByteArray> SpeakerQuotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "annotationId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(ArticleTitleRole, "articleTitle");
    names.insert(ExactRole, "exact");
    names.insert(QuoteKindRole, "quoteKind");
    names.insert(VerbRole, "verb");
    names.insert(StateRole, "state");
    return names;
}

} // namespace gloss
