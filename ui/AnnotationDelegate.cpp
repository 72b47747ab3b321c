#include "AnnotationDelegate.h"

#include "annotation/Palette.h"
#include "models/AnnotationListModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
constexpr int Padding = 8;
constexpr int BarWidth = 4;
constexpr int QuoteLines = 3;
} // namespace

AnnotationDelegate::Lines AnnotationDelegate::linesFor(const QModelIndex &index)
{
    Lines l;
    l.quote = u"“%1”"_s.arg(index.data(AnnotationListModel::ExactRole).toString().simplified());
    const QString speaker = index.data(AnnotationListModel::SpeakerRole).toString();
    if (!speaker.isEmpty())
        l.speaker = u"— "_s + speaker;
    l.comment = index.data(AnnotationListModel::CommentRole).toString().simplified();
    const QStringList tags = index.data(AnnotationListModel::TagsRole).toStringList();
    if (!tags.isEmpty())
        l.tags = u"#"_s + tags.join(u"  #"_s);
    const QString state = index.data(AnnotationListModel::StateRole).toString();
    if (state == u"changed"_s)
        l.badge = QObject::tr("Text changed since capture");
    else if (state == u"orphan"_s)
        l.badge = QObject::tr("Orphan: its passage is no longer in the article");
    return l;
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Lines l = linesFor(index);
    const QFontMetrics fm(option.font);
    const int width = std::max(120, option.rect.width() - 2 * Padding - BarWidth - 6);
    const QRect quoteRect = fm.boundingRect(QRect(0, 0, width, fm.lineSpacing() * QuoteLines), Qt::TextWordWrap, l.quote);
    int height = Padding + std::min(quoteRect.height(), fm.lineSpacing() * QuoteLines);
    for (const QString *line : {&l.speaker, &l.comment, &l.tags, &l.badge})
        if (!line->isEmpty())
            height += fm.lineSpacing() + 2;
    return {option.rect.width(), height + Padding};
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    const QString colourName = index.data(AnnotationListModel::ColorRole).toString();
    const HighlightColor &colour = highlightColor(colourName);
    painter->save();
    painter->fillRect(QRect(option.rect.left() + 2, option.rect.top() + Padding / 2, BarWidth, option.rect.height() - Padding),
                      QColor(dark ? colour.dark : colour.light).darker(dark ? 80 : 115));

    const Lines l = linesFor(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : option.palette.color(QPalette::PlaceholderText);
    const QFontMetrics fm(option.font);
    QRect r = option.rect.adjusted(Padding + BarWidth + 2, Padding, -Padding, -Padding);

    QFont quoteFont = option.font;
    quoteFont.setItalic(true);
    painter->setFont(quoteFont);
    painter->setPen(text);
    const int quoteHeight = std::min(fm.boundingRect(r, Qt::TextWordWrap, l.quote).height(), fm.lineSpacing() * QuoteLines);
    painter->drawText(QRect(r.left(), r.top(), r.width(), quoteHeight), Qt::TextWordWrap | Qt::AlignTop, l.quote);
    int y = r.top() + quoteHeight + 2;

    auto line = [&](const QString &s, const QColor &pen, bool bold) {
        if (s.isEmpty())
            return;
        QFont f = option.font;
        f.setBold(bold);
        painter->setFont(f);
        painter->setPen(pen);
        painter->drawText(QRect(r.left(), y, r.width(), fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(s, Qt::ElideRight, r.width()));
        y += fm.lineSpacing() + 2;
    };
    line(l.speaker, text, true);
    line(l.comment, text, false);
    line(l.tags, muted, false);
    line(l.badge, selected ? text : QColor(dark ? u"#f0b060"_s : u"#a0522d"_s), false);
    painter->restore();
}

} // namespace gloss::ui
