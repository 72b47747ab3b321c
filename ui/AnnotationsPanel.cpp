#include "AnnotationsPanel.h"

#include "AnnotationDelegate.h"

#include "models/AnnotationListModel.h"

#include <QLabel>
#include <QListView>
#include <QStackedLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

AnnotationsPanel::AnnotationsPanel(AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"annotationsPanel"_s);
    m_list = new QListView(this);
    m_list->setObjectName(u"annotationList"_s);
    m_list->setModel(model);
    m_list->setItemDelegate(new AnnotationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Rows differ in height; laying out a thousand of them at once would hold up opening the
    // article, so the list lays them out in batches after the first screenful.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(50);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_empty = new QLabel(tr("No annotations yet.\n\nSelect text in the article, then press\nH to highlight, C to comment,\nQ to tag a quote's speaker, T to tag."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);

    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT annotationEditRequested(index.data(AnnotationListModel::IdRole).toLongLong());
    });
    connect(m_list, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            Q_EMIT contextMenuRequested(index.data(AnnotationListModel::IdRole).toLongLong(), m_list->viewport()->mapToGlobal(pos));
    });
    connect(model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::updateEmptyState);
    updateEmptyState();
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    return m_list->currentIndex().data(AnnotationListModel::IdRole).toLongLong();
}

void AnnotationsPanel::setCurrentAnnotation(qint64 id)
{
    const int row = m_model->rowForId(id);
    if (row < 0) {
        m_list->clearSelection();
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
}

void AnnotationsPanel::updateEmptyState()
{
    // While the rows are still to come, an empty list rather than a "No annotations" flash.
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_empty : static_cast<QWidget *>(m_list));
}

} // namespace gloss::ui
