// Paints one annotation in the panel: a colour bar, the quoted words, the speaker, the comment, the
// tags, and a badge when the text changed since capture or the annotation lost its place.
#pragma once

#include <QStyledItemDelegate>

namespace gloss::ui {

class AnnotationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Lines {
        QString quote, speaker, comment, tags, badge;
    };
    static Lines linesFor(const QModelIndex &index);
};

} // namespace gloss::ui
