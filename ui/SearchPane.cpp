#include "SearchPane.h"

#include "SearchResultDelegate.h"
#include "SearchRunner.h"

#include "models/SearchResultsModel.h"
#include "search/Searcher.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
// Long enough not to search on every keystroke of a word, short enough to feel live.
constexpr int DebounceMs = 250;
constexpr int MaxResults = 200;
}

SearchPane::SearchPane(const QString &libraryPath, QWidget *articleList, QWidget *parent)
    : QWidget(parent)
    , m_list(articleList)
{
    m_runner = new SearchRunner(libraryPath, this);
    connect(m_runner, &SearchRunner::finished, this, &SearchPane::showResults);
    connect(m_runner, &SearchRunner::failed, this, &SearchPane::errorOccurred);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words, \"exact phrases\", prefix*, -excluded, a OR b; filters: title: author: feed: folder: "
                           "speaker: tag: color: is:unread is:bookmarked is:annotated is:orphan before:2024-07 after:2024"));
    m_field->installEventFilter(this);
    m_save = new QToolButton(this);
    m_save->setObjectName(u"saveSearchButton"_s);
    m_save->setIcon(QIcon::fromTheme(u"document-save"_s));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save this search in the sources pane"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_save->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_status->hide();

    m_model = new SearchResultsModel(this);
    m_results = new QListView(this);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setUniformItemSizes(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->installEventFilter(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_results);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(4, 4, 4, 4);
    row->addWidget(m_field, 1);
    row->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPane::run);
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_debounce->start(); });
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPane::runNow);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const search::SearchHit *hit = m_model->hitAt(current.row()))
            Q_EMIT hitActivated(hit->articleId, hit->annotationId);
    });
}

bool SearchPane::isSearching() const
{
    return m_stack->currentWidget() == m_results;
}

void SearchPane::setQuery(const QString &text)
{
    m_field->setText(text);
    runNow();
}

void SearchPane::runNow()
{
    m_debounce->stop();
    run();
}

bool SearchPane::isBusy() const
{
    return m_runner->isBusy();
}

void SearchPane::run()
{
    const QString text = m_field->text().trimmed();
    m_query = search::parseSearchQuery(text);
    m_save->setEnabled(!m_query.isEmpty());
    if (text.isEmpty()) {
        m_runner->cancel();
        const bool was = isSearching();
        m_model->setHits({});
        m_status->hide();
        m_stack->setCurrentWidget(m_list);
        if (was)
            Q_EMIT searchingChanged(false);
        return;
    }
    // The list stays as it is until the results come.
    m_runner->search(m_query, MaxResults);
}

void SearchPane::showResults(const search::SearchResult &result)
{
    const bool was = isSearching();
    m_model->setHits(result.hits);
    QStringList status = result.notes;
    if (m_query.isEmpty())
        status.prepend(tr("Nothing to search for yet."));
    else if (result.hits.isEmpty())
        status.prepend(tr("No matches."));
    m_status->setText(status.join(u' '));
    m_status->setVisible(!status.isEmpty());
    m_stack->setCurrentWidget(m_results);
    if (!was)
        Q_EMIT searchingChanged(true);
    Q_EMIT resultsShown();
}

QList<QRegularExpression> SearchPane::matchPatterns() const
{
    QList<QRegularExpression> patterns;
    if (!isSearching())
        return patterns;
    for (const QList<search::SearchTerm> &group : m_query.groups) {
        for (const search::SearchTerm &term : group) {
            if (term.column != search::SearchTerm::Column::Any)
                continue;
            QStringList words;
            for (const QString &w : term.text.split(u' ', Qt::SkipEmptyParts))
                words << QRegularExpression::escape(w);
            QString pattern = u"\\b"_s + words.join(u"\\W+"_s);
            pattern += term.kind == search::SearchTerm::Kind::Prefix ? u"\\w*"_s : u"\\b"_s;
            patterns << QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        }
    }
    return patterns;
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_field && key->key() == Qt::Key_Escape) {
            m_field->clear();
            runNow();
            return true;
        }
        // Down from the field goes into the results, as in a browser's address bar.
        if (watched == m_field && key->key() == Qt::Key_Down && isSearching() && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace gloss::ui
