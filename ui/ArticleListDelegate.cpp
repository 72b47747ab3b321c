#include "ArticleListDelegate.h"

#include "models/ArticleListModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace gloss::ui {

static QIcon bookmarkIcon()
{
    static const QIcon icon = QIcon::fromTheme(u"bookmarks"_s, QIcon(u":/gloss/icons/bookmark.svg"_s));
    return icon;
}

void ArticleListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ArticleListModel::ReadRole).toBool())
        option->font.setWeight(QFont::DemiBold);
    else
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    if (index.column() == ArticleListModel::TitleColumn && index.data(ArticleListModel::BookmarkedRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = bookmarkIcon();
        option->decorationSize = QSize(14, 14);
    }
}

} // namespace gloss::ui
