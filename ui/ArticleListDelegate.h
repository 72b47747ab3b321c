// Draws an article as two lines, like a mail or feed reader: the title (bold while unread) with a
// bookmark mark, and under it the source and date, muted. One column keeps the list readable
// however narrow its pane is.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class ArticleListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gloss::ui
