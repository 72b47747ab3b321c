#include "SuggestionsPanel.h"

#include "QuoteSuggestionController.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
const QString ThresholdKey = u"quotes/acceptThreshold"_s;
}

SuggestionsPanel::SuggestionsPanel(QuoteSuggestionController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->installEventFilter(this);
    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setToolTip(tr("Make this suggestion a quote annotation with its speaker (Enter)"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setToolTip(tr("Dismiss this suggestion; it will not be suggested again (Delete)"));
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(u" %"_s);
    m_threshold->setValue(QSettings().value(ThresholdKey, 80).toInt());
    m_threshold->setToolTip(tr("Accept All takes the suggestions at or above this confidence"));
    m_acceptAll = new QPushButton(tr("Accept All ≥"), this);
    m_rejectAll = new QPushButton(tr("Reject All"), this);

    auto *one = new QHBoxLayout;
    one->addWidget(m_accept);
    one->addWidget(m_reject);
    one->addStretch();
    auto *all = new QHBoxLayout;
    all->addWidget(m_acceptAll);
    all->addWidget(m_threshold);
    all->addStretch();
    all->addWidget(m_rejectAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(one);
    layout->addLayout(all);

    connect(m_controller, &QuoteSuggestionController::suggestionsChanged, this, &SuggestionsPanel::rebuild);
    connect(m_controller, &QuoteSuggestionController::selected, this, [this](int index) {
        if (index >= 0 && index < m_list->count() && m_list->currentRow() != index)
            m_list->setCurrentRow(index);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_controller->select(row);
        updateButtons();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { m_controller->accept(m_list->currentRow()); });
    connect(m_accept, &QPushButton::clicked, this, [this] { m_controller->accept(m_list->currentRow()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { m_controller->reject(m_list->currentRow()); });
    connect(m_acceptAll, &QPushButton::clicked, this, [this] { m_controller->acceptAbove(m_threshold->value() / 100.0); });
    connect(m_rejectAll, &QPushButton::clicked, m_controller, &QuoteSuggestionController::rejectAll);
    connect(m_threshold, &QSpinBox::valueChanged, this, [](int value) { QSettings().setValue(ThresholdKey, value); });
    rebuild();
}

void SuggestionsPanel::rebuild()
{
    const int row = m_list->currentRow();
    const auto &suggestions = m_controller->suggestions();
    setVisible(m_controller->isActive());
    m_heading->setText(suggestions.isEmpty()
                           ? tr("<b>Suggested quotes</b>: none open for this article")
                           : tr("<b>Suggested quotes</b>: %n to review", nullptr, int(suggestions.size())));
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const quotes::QuoteSuggestion &s : suggestions) {
        const QString who = s.speaker.isEmpty() ? tr("speaker unknown") : s.speaker;
        auto *item = new QListWidgetItem(u"%1 · %2 · %3%\n\u201C%4\u201D"_s.arg(who, quotes::quoteKindName(s.kind))
                                             .arg(qRound(s.confidence * 100))
                                             .arg(s.exact.size() > 220 ? s.exact.left(220) + u'…' : s.exact));
        QString tip = tr("Rule: %1").arg(s.reason);
        if (!s.cue.isEmpty())
            tip += u'\n' + tr("Attributed by: \u201C%1\u201D").arg(s.cue);
        if (!s.speakerRole.isEmpty())
            tip += u'\n' + tr("Role: %1").arg(s.speakerRole);
        item->setToolTip(tip);
        m_list->addItem(item);
    }
    if (!suggestions.isEmpty())
        m_list->setCurrentRow(std::clamp(row, 0, int(suggestions.size()) - 1));
    m_controller->select(m_list->currentRow(), false);
    updateButtons();
}

void SuggestionsPanel::updateButtons()
{
    const bool current = m_list->currentRow() >= 0;
    m_accept->setEnabled(current);
    m_reject->setEnabled(current);
    m_acceptAll->setEnabled(m_list->count() > 0);
    m_rejectAll->setEnabled(m_list->count() > 0);
}

bool SuggestionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_controller->accept(m_list->currentRow());
            return true;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            m_controller->reject(m_list->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss::ui
