// Item delegates of the speakers dialog: a speaker row shows the name with the quote count set
// right (the count is what tells a duplicate worth merging from a real person), and a quote row
// shows the quoted words over the article they come from.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class SpeakerListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class SpeakerQuoteDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gloss::ui
