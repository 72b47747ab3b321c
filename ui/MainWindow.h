// MainWindow: the three panes (sources | article list | reader), menus, status bar with progress,
// drag and drop of article files, and the welcome view for an empty library.
#pragma once

#include "importing/ArticleImport.h"
#include "store/ArticleStore.h"
#include "store/FeedStore.h"

#include <QMainWindow>

class QLabel;
class QListView;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace KSyntaxHighlighting {
class Repository;
}

namespace gloss {
class ArticleListModel;
class Library;
class SourcesModel;
}

namespace gloss::ui {

class AnnotationController;
class BackupScheduler;
class LibraryWatcher;
class RefreshController;
class SourceCountsLoader;
class SpeakersDialog;
class AnnotationsPanel;
class QuoteSuggestionController;
class SuggestionsPanel;
class SearchPane;
class ImportJob;
class ReaderView;
class WelcomeView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Library &library, KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);
    ~MainWindow() override;

    void importFiles(const QStringList &files);
    // Refreshes feeds shortly after start-up and then every interval, as the settings say
    // (feeds/refreshOnStartup, default on; feeds/intervalMinutes, default 30; 0 turns it off).
    void startAutomaticRefresh();
    // Daily backups of the library while the window is open (BackupScheduler).
    void startAutomaticBackups();
    // Shows what other processes (`gloss refresh`, `gloss annotate`…) write while the window is open.
    void startWatchingLibrary();
    void openSampleLibrary();

    // For tests and keyboard navigation.
    QTreeView *articleList() const { return m_articleView; }
    QTreeView *sourcesList() const { return m_sourcesView; }
    ReaderView *reader() const { return m_reader; }
    ArticleListModel *articleModel() const { return m_articleModel; }
    AnnotationController *annotations() const { return m_annotations; }
    AnnotationsPanel *annotationsPanel() const { return m_annotationsPanel; }
    QuoteSuggestionController *quoteSuggestions() const { return m_suggestions; }
    SuggestionsPanel *suggestionsPanel() const { return m_suggestionsPanel; }
    RefreshController *refresher() const { return m_refresh; }
    BackupScheduler *backups() const { return m_backups; }
    LibraryWatcher *libraryWatcher() const { return m_watcher; }
    // Subscribes to `url` (into `folder` when given) and refreshes it; false with a message shown
    // when the subscription is refused.
    bool addFeed(const QString &url, const QString &folder);
    // Subscriptions in and out as OPML (File menu), a feed's retention rule, folders: each false
    // with a message shown when it cannot be done; the library is then unchanged.
    bool importSubscriptions(const QString &opmlFile);
    bool exportSubscriptions(const QString &opmlFile);
    bool setRetention(qint64 feedId, int days, int items);
    // Whether the reader loads the feed's pictures from the web (Feeds menu, the reader's bar).
    bool allowPictures(qint64 feedId, bool on);
    bool renameFolder(qint64 folderId, const QString &name);
    bool deleteFolder(qint64 folderId);
    bool isShowingWelcome() const;
    // What File > Export Notes… starts from: the article being read and the selected ones.
    QList<qint64> selectedArticleIds() const;
    bool isImporting() const;

    void selectArticleRow(int row);
    SearchPane *searchPane() const { return m_search; }
    // Shows article `id` (from All Articles when the current list lacks it); false if there is none.
    bool openArticle(qint64 id);
    void nextArticle();
    void previousArticle();

Q_SIGNALS:
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createPanes();
    void createAnnotationPanel();
    void showReaderMenu(const QPoint &pos);
    void showAnnotationMenu(qint64 id, const QPoint &globalPos);
    void showSourcesMenu(const QPoint &pos);
    void chooseFeedToAdd();
    void renameFeed(qint64 feedId);
    void moveFeed(qint64 feedId);
    void showSpeakers();
    void openAnnotation(qint64 articleId, qint64 annotationId);
    void deleteFeed(qint64 feedId);
    void showExportDialog();
    void chooseSubscriptionsToImport();
    void chooseSubscriptionsExportFile();
    void editRetention(qint64 feedId);
    void askRenameFolder(qint64 folderId);
    void askDeleteFolder(qint64 folderId);
    void restoreWindowState();
    void showCurrentArticle();
    void showPictures(const Article &article);
    bool showArticleById(qint64 id);
    void createSearch();
    void focusSearch();
    void showSearchHit(qint64 articleId, qint64 annotationId);
    void saveCurrentSearch();
    void deleteSavedSearch(const QString &name);
    void loadSavedSearches();
    void pageDownOrNext();
    void toggleBookmark();
    void toggleRead();
    void chooseFilesToImport();
    void startImport(ImportJob *job, const QString &what);
    void importDone(const QList<FileImportResult> &results, bool cancelled);
    // After the library changed: reload the article list and recount the sources pane, here (the
    // numbers are right when this returns) or on a worker thread (a big refresh just ended). The
    // article in the reader stays, unless it was deleted (closed) or has a new revision (shown again).
    enum class CountIn { ThisThread, Background };
    enum class ShownArticle { Unchanged, Reloaded, Closed };
    ShownArticle refreshAfterChange(CountIn countIn = CountIn::ThisThread);
    ShownArticle recheckShownArticle();
    void showError(const QString &message);
    void showChangesFromElsewhere();
    int currentRow() const;

    Library &m_library;
    KSyntaxHighlighting::Repository &m_repository;
    ArticleStore m_store;
    FeedStore m_feedStore;
    SourcesModel *m_sourcesModel = nullptr;
    ArticleListModel *m_articleModel = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomeView *m_welcome = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_sourcesView = nullptr;
    QTreeView *m_articleView = nullptr;
    ReaderView *m_reader = nullptr;
    AnnotationController *m_annotations = nullptr;
    AnnotationsPanel *m_annotationsPanel = nullptr;
    QuoteSuggestionController *m_suggestions = nullptr;
    SuggestionsPanel *m_suggestionsPanel = nullptr;
    SearchPane *m_search = nullptr;
    RefreshController *m_refresh = nullptr;
    BackupScheduler *m_backups = nullptr;
    LibraryWatcher *m_watcher = nullptr;
    qint64 m_shownFeedId = 0; // the feed of the article in the reader (0: none)
    int m_shownRevision = 0;  // and the revision of its text the reader shows
    bool m_keepReader = false; // the list is being reloaded: its selection changes leave the reader be
    SourceCountsLoader *m_counts = nullptr;
    SpeakersDialog *m_speakers = nullptr;

    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    ImportJob *m_importJob = nullptr;

    QAction *m_bookmarkAction = nullptr;
    QAction *m_readAction = nullptr;
};

} // namespace gloss::ui
