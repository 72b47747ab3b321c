#include "ArticleListDelegate.h"

#include "models/ArticleListModel.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
constexpr int Padding = 6;
constexpr int MarkSize = 12;

const QIcon &bookmarkIcon()
{
    static const QIcon icon(u":/gloss/icons/bookmark.svg"_s);
    return icon;
}
} // namespace

QSize ArticleListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {option.rect.width(), 2 * Padding + 2 * fm.lineSpacing() + 2};
}

void ArticleListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QModelIndex title = index.siblingAtColumn(ArticleListModel::TitleColumn);
    const bool read = title.data(ArticleListModel::ReadRole).toBool();
    const bool bookmarked = title.data(ArticleListModel::BookmarkedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : option.palette.color(QPalette::PlaceholderText);

    painter->save();
    QRect r = option.rect.adjusted(Padding + MarkSize + 4, Padding, -Padding, -Padding);
    const QFontMetrics fm(option.font);
    if (!read) {
        // Unread: a dot in the margin, as readers conventionally mark new items.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : option.palette.color(QPalette::Highlight));
        painter->drawEllipse(QPointF(option.rect.left() + Padding + MarkSize / 2.0, r.top() + fm.lineSpacing() / 2.0), 3.5, 3.5);
    }
    if (bookmarked)
        bookmarkIcon().paint(painter, QRect(option.rect.left() + Padding, r.top() + fm.lineSpacing() + 2, MarkSize, MarkSize));

    QFont titleFont = option.font;
    titleFont.setWeight(read ? QFont::Normal : QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title.data().toString(), Qt::ElideRight, r.width()));

    const QString source = index.siblingAtColumn(ArticleListModel::SourceColumn).data().toString();
    const QString date = index.siblingAtColumn(ArticleListModel::DateColumn).data().toString();
    QString meta = source;
    if (!date.isEmpty())
        meta += (meta.isEmpty() ? QString() : u"  ·  "_s) + date;
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(QRect(r.left(), r.top() + fm.lineSpacing() + 2, r.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(meta, Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace gloss::ui
