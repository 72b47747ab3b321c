// SearchResultDelegate: a search result in three lines: the article's title (with a note mark for an
// annotation), source and date, and the snippet with the matched words in bold on a tint.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gloss::ui
