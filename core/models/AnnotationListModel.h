// AnnotationListModel: the open article's annotations in text order, for the annotations panel.
// QtCore only; the panel's delegate turns the roles into colour bars and badges.
#pragma once

#include "annotation/Annotation.h"

#include <QAbstractListModel>

namespace gloss {

class AnnotationStore;

class AnnotationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,       // "highlight" | "comment" | "quote"
        ExactRole,
        SpeakerRole,
        CommentRole,
        TagsRole,       // QStringList
        StateRole,      // "anchored" | "changed" | "orphan"
        ColorRole,      // palette name
        StartRole,      // -1 for orphans
        EndRole,
        OriginalExactRole,
    };

    explicit AnnotationListModel(AnnotationStore &store, QObject *parent = nullptr);

    // Shows the annotations of `articleId` (0: none).
    void setArticle(qint64 articleId);
    // Switches to `articleId` with no rows yet, for a caller that loads them a moment later with
    // reload() (the reader opens an article first and lists its annotations right after).
    void setArticleUnloaded(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    // False between setArticleUnloaded() and reload(): no rows does not mean no annotations then.
    bool isLoaded() const { return m_loaded; }
    void reload();

    const QList<Annotation> &annotations() const { return m_rows; }
    int rowForId(qint64 id) const;
    // The annotations covering canonical-text offset `position` (innermost last).
    QList<Annotation> annotationsAt(int position) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    AnnotationStore &m_store;
    qint64 m_articleId = 0;
    bool m_loaded = true;
    QList<Annotation> m_rows;
};

} // namespace gloss
