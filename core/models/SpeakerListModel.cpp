#include "SpeakerListModel.h"

using namespace Qt::StringLiterals;

namespace gloss {

SpeakerListModel::SpeakerListModel(SpeakerStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void SpeakerListModel::reload()
{
    auto speakers = m_store.all();
    beginResetModel();
    // A failed read shows an empty list rather than stale rows that no longer match the library.
    m_all = speakers ? *speakers : QList<Speaker>();
    applyFilter();
    endResetModel();
    if (!speakers)
        Q_EMIT errorOccurred(speakers.error());
}

void SpeakerListModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    applyFilter();
    endResetModel();
}

bool SpeakerListModel::matches(const Speaker &speaker) const
{
    if (m_filter.isEmpty() || speaker.name.contains(m_filter, Qt::CaseInsensitive))
        return true;
    for (const QString &alias : speaker.aliases)
        if (alias.contains(m_filter, Qt::CaseInsensitive))
            return true;
    return false;
}

void SpeakerListModel::applyFilter()
{
    m_rows.clear();
    for (const Speaker &speaker : std::as_const(m_all))
        if (matches(speaker))
            m_rows << speaker;
}

int SpeakerListModel::rowForId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

const Speaker *SpeakerListModel::speakerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Speaker &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return s.name;
    case Qt::ToolTipRole: {
        QStringList lines{s.name};
        if (!s.role.isEmpty())
            lines << s.role;
        if (!s.aliases.isEmpty())
            lines << tr("Also: %1").arg(s.aliases.join(u", "_s));
        return lines.join(u'\n');
    }
    case IdRole: return s.id;
    case RoleRole: return s.role;
    case AliasesRole: return s.aliases;
    case NoteRole: return s.note;
    case QuoteCountRole: return s.quoteCount;
    }
    return {};
}

QHash<int, QByteArray> SpeakerListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "speakerId");
    names.insert(NameRole, "name");
    names.insert(RoleRole, "role");
    names.insert(AliasesRole, "aliases");
    names.insert(NoteRole, "note");
    names.insert(QuoteCountRole, "quoteCount");
    return names;
}

} // namespace gloss
