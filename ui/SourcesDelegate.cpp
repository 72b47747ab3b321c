#include "SourcesDelegate.h"

#include "models/SourcesModel.h"

#include <QApplication>
#include <QStyle>

namespace gloss::ui {

void SourcesDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(SourcesModel::ErrorRole).toString().isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->decorationSize = QSize(16, 16);
    }
    const bool smart = index.data(SourcesModel::KindRole).toInt() == int(SourcesModel::Kind::Smart);
    if (!smart && index.data(SourcesModel::CountRole).toLongLong() > 0)
        option->font.setWeight(QFont::DemiBold);
}

} // namespace gloss::ui
