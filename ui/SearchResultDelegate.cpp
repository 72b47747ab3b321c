#include "SearchResultDelegate.h"

#include "models/SearchResultsModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
constexpr int Margin = 6;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    return {200, 2 * Margin + 4 * line};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.lineSpacing();
    painter->save();

    // Title, with a mark for an annotation's match.
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(textRole));
    const bool annotation = index.data(SearchResultsModel::KindRole).toInt() == int(search::SearchHit::Kind::Annotation);
    const QString title = (annotation ? tr("Note in: ") : QString()) + index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));

    // Source and date.
    QStringList meta;
    const QString source = index.data(SearchResultsModel::SourceRole).toString();
    if (!source.isEmpty())
        meta << source;
    const QDateTime published = index.data(SearchResultsModel::PublishedRole).toDateTime();
    if (published.isValid())
        meta << QLocale().toString(published.toLocalTime().date(), QLocale::ShortFormat);
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(meta.join(u" · "_s), Qt::ElideRight, area.width()));

    // The snippet over two lines, matched words bold on a tint.
    QTextLayout layout(index.data(SearchResultsModel::SnippetRole).toString(), option.font);
    QList<QTextLayout::FormatRange> formats;
    QColor tint = option.palette.color(QPalette::Highlight);
    tint.setAlpha(selected ? 90 : 55);
    for (const QVariant &v : index.data(SearchResultsModel::HighlightsRole).toList()) {
        const QPoint range = v.toPoint();
        QTextLayout::FormatRange f;
        f.start = range.x();
        f.length = range.y() - range.x();
        f.format.setFontWeight(QFont::Bold);
        f.format.setBackground(tint);
        formats << f;
    }
    layout.setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    layout.beginLayout();
    int y = 0;
    for (int i = 0; i < 2; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(area.width());
        textLine.setPosition(QPointF(0, y));
        y += line;
    }
    layout.endLayout();
    painter->setPen(option.palette.color(textRole));
    layout.draw(painter, QPointF(area.left(), area.top() + 2 * line));
    painter->restore();
}

} // namespace gloss::ui
