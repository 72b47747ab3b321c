// SpeakerListModel: the speaker registry (name, role, aliases, quote count) for the speakers dialog.
//
// The registry is small next to the annotations (people, not quotes), so every speaker is read at
// once through SpeakerStore::all() and filtered in memory: a filter change is instant and needs no
// query. Rows are in the store's order (by name, ignoring case). QtCore only.
#pragma once

#include "annotation/SpeakerStore.h"

#include <QAbstractListModel>

namespace gloss {

class SpeakerListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        RoleRole,        // the speaker's role or office ("deputy mayor"), not an item role
        AliasesRole,     // QStringList
        NoteRole,
        QuoteCountRole,  // qint64: annotations attributed to the speaker
    };

    explicit SpeakerListModel(SpeakerStore &store, QObject *parent = nullptr);

    // Re-reads the registry (after speakersChanged / annotationsChanged); keeps the filter.
    void reload();

    // Shows only speakers whose name or one of whose aliases contains `text`, ignoring case
    // (surrounding white space ignored; empty shows everyone).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    // Row of the speaker among the rows shown now, -1 when absent or filtered out.
    int rowForId(qint64 id) const;
    // The speaker shown in `row`; nullptr outside the rows.
    const Speaker *speakerAt(int row) const;
    // Every speaker, filtered or not (for pickers such as "Merge into…").
    const QList<Speaker> &allSpeakers() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    bool matches(const Speaker &speaker) const;
    void applyFilter();   // m_all -> m_rows; callers wrap it in a model reset

    SpeakerStore &m_store;
    QString m_filter;
    QList<Speaker> m_all;
    QList<Speaker> m_rows;
};

} // namespace gloss
