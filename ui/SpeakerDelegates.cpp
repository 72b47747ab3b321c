#include "SpeakerDelegates.h"

#include "models/SpeakerListModel.h"
#include "models/SpeakerQuotesModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
constexpr int Margin = 4;

// Draws the row's background, selection and focus with the style, leaving the text to the caller.
void drawBackground(QPainter *painter, QStyleOptionViewItem opt)
{
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
}

QPalette::ColorRole textRole(const QStyleOptionViewItem &opt)
{
    return opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
}
} // namespace

void SpeakerListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const QString count = QString::number(index.data(SpeakerListModel::QuoteCountRole).toLongLong());
    const QRect area = opt.rect.adjusted(Margin, 0, -Margin, 0);
    const int countWidth = opt.fontMetrics.horizontalAdvance(count);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(textRole(opt)));
    const QString name = opt.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                    area.width() - countWidth - 2 * Margin);
    painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, name);
    if (!(opt.state & QStyle::State_Selected))
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, count);
    painter->restore();
}

void SpeakerQuoteDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const QRect area = opt.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = opt.fontMetrics.lineSpacing();
    const QString quote = u"“"_s + index.data(SpeakerQuotesModel::ExactRole).toString().simplified() + u"”"_s;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(textRole(opt)));
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(quote, Qt::ElideRight, area.width()));
    if (!(opt.state & QStyle::State_Selected))
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(index.data(SpeakerQuotesModel::ArticleTitleRole).toString(), Qt::ElideRight,
                                                 area.width()));
    painter->restore();
}

QSize SpeakerQuoteDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Two lines whatever the text: the view uses uniform item sizes, so 100,000 rows need no measuring.
    Q_UNUSED(index)
    return {option.rect.width(), 2 * option.fontMetrics.lineSpacing() + 2 * Margin};
}

} // namespace gloss::ui
