// Draws the sources tree: a warning icon on a feed whose last refresh failed (the message is in
// the tooltip), and unread counts in bold so they stand out from names.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class SourcesDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace gloss::ui
