// SearchPane: the search field over the article list. While the field has text the list gives way
// to the search's results (articles and annotations, best first, matched words marked); typing
// searches again after a short pause, Escape clears the field and brings the list back. Searches run
// on a thread of their own (SearchRunner); the results replace the list when they come.
#pragma once

#include "search/SearchQuery.h"

#include <QRegularExpression>
#include <QWidget>

class QLineEdit;
class QLabel;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace gloss {
class SearchResultsModel;
}

namespace gloss::search {
struct SearchResult;
}

namespace gloss::ui {

class SearchRunner;

class SearchPane : public QWidget {
    Q_OBJECT
public:
    SearchPane(const QString &libraryPath, QWidget *articleList, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    QToolButton *saveButton() const { return m_save; }
    SearchResultsModel *model() const { return m_model; }
    bool isSearching() const;
    // Whether a search typed or set is still running (its results not shown yet).
    bool isBusy() const;
    // Sets the field and searches at once (a saved search, a test).
    void setQuery(const QString &text);
    void runNow();
    // Patterns for the words the current search looks for, to mark them in the reader.
    QList<QRegularExpression> matchPatterns() const;

Q_SIGNALS:
    void hitActivated(qint64 articleId, qint64 annotationId);
    void searchingChanged(bool searching);
    void resultsShown();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();
    void showResults(const search::SearchResult &result);

    SearchRunner *m_runner = nullptr;
    QLineEdit *m_field = nullptr;
    QToolButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_list = nullptr;
    QListView *m_results = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTimer *m_debounce = nullptr;
    search::SearchQuery m_query;
};

} // namespace gloss::ui
