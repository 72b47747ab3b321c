// AnnotationsPanel: the open article's annotations in text order, each with its colour, quote,
// speaker, comment, tags and state (anchored, changed, orphan). Clicking one scrolls the reader to
// it; editing and deleting go through the AnnotationController's actions.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedLayout;

namespace gloss {
class AnnotationListModel;
}

namespace gloss::ui {

class AnnotationsPanel : public QWidget {
    Q_OBJECT
public:
    AnnotationsPanel(AnnotationListModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    qint64 currentAnnotation() const;
    void setCurrentAnnotation(qint64 id);

Q_SIGNALS:
    void annotationActivated(qint64 id);
    void annotationEditRequested(qint64 id);
    void contextMenuRequested(qint64 id, const QPoint &globalPos);

private:
    void updateEmptyState();

    AnnotationListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace gloss::ui
