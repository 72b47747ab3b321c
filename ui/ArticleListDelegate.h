// Draws the article list: unread titles in bold, a bookmark mark in the title column.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class ArticleListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gloss::ui
