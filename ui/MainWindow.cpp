#include "MainWindow.h"

#include "AnnotationController.h"
#include "QuoteSuggestionController.h"
#include "SearchPane.h"
#include "BackupScheduler.h"
#include "LibraryDialog.h"
#include "AnnotationsPanel.h"
#include "ArticleListDelegate.h"
#include "ImportJob.h"
#include "RefreshController.h"
#include "SourceCountsLoader.h"
#include "SourcesDelegate.h"
#include "ReaderTiming.h"
#include "LibraryWatcher.h"
#include "ReaderImages.h"
#include "ReaderView.h"
#include "UiResources.h"
#include "WelcomeView.h"

#include "document/ArticleImages.h"
#include "models/AnnotationListModel.h"
#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"
#include "store/Library.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QUndoStack>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace gloss::ui {

MainWindow::MainWindow(Library &library, KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_repository(repository)
    , m_store(library.database())
    , m_feedStore(library.database())
{
    // This connection never checkpoints the WAL: a checkpoint copies megabytes and would stall the
    // window right after a refresh. The refresher and importers, on their worker threads, do it.
    (void)library.database().execute(u"PRAGMA wal_autocheckpoint = 0"_s);
    registerUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gloss"));
    setWindowIcon(QIcon(u":/gloss/icons/org.gloss.Gloss.svg"_s));
    setAcceptDrops(true);

    m_sourcesModel = new SourcesModel(m_store, m_feedStore, this);
    m_articleModel = new ArticleListModel(m_store, this);
    connect(m_articleModel, &ArticleListModel::errorOccurred, this, &MainWindow::showError);

    createPanes();
    m_annotations = new AnnotationController(library.database(), repository, m_reader->textView(), this, this);
    connect(m_annotations, &AnnotationController::annotationsChanged, m_sourcesModel,
            [this] { m_sourcesModel->refreshCount(ArticleFilter::Annotated); });
    m_suggestions = new QuoteSuggestionController(library.database(), m_annotations, m_reader->textView(), this);
    createAnnotationPanel();
    createSearch();
    m_refresh = new RefreshController(library.path(), statusBar(), this);
    // During a refresh results arrive by the hundred: the sources pane is recounted on a worker
    // thread, at most twice a second, and once more when the refresh ends.
    m_counts = new SourceCountsLoader(library.path(), this);
    connect(m_counts, &SourceCountsLoader::loaded, m_sourcesModel, &SourcesModel::applyCounts);
    connect(m_refresh, &RefreshController::feedRefreshed, m_counts, &SourceCountsLoader::requestSoon);
    // While the refresh writes, its own checkpointer copies the log back on a thread of its own
    // (WalCheckpointer). The window's connection leaves that alone meanwhile: SQLite would have the
    // window's next write (opening an article marks it read) copy and sync up to 64 MiB of log at its
    // commit, on this thread.
    connect(m_refresh, &RefreshController::started, this, [this] { m_library.database().execute(u"PRAGMA wal_autocheckpoint = 0"_s); });
    connect(m_refresh, &RefreshController::finished, this, [this] {
        m_library.database().execute(u"PRAGMA wal_autocheckpoint = 1000"_s);   // SQLite's default
        refreshAfterChange(CountIn::Background);
    });
    m_backups = new BackupScheduler(library.path(), this);
    m_watcher = new LibraryWatcher(library.database(), this);
    connect(m_watcher, &LibraryWatcher::changedElsewhere, this, &MainWindow::showChangesFromElsewhere);
    connect(m_backups, &BackupScheduler::finished, this, [this](bool ok, const QString &message) {
        // A failed backup stays in view longer: the reader should notice it.
        statusBar()->showMessage(message, ok ? 5000 : 30000);
    });
    createActions();
    restoreWindowState();
    refreshAfterChange();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    m_sourcesView = new QTreeView(this);
    m_sourcesView->setObjectName(u"sourcesView"_s);
    m_sourcesView->setModel(m_sourcesModel);
    m_sourcesView->setItemDelegate(new SourcesDelegate(m_sourcesView));
    m_sourcesView->setHeaderHidden(true);
    m_sourcesView->setFrameShape(QFrame::NoFrame);
    m_sourcesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcesView->setUniformRowHeights(true);
    m_sourcesView->expandAll();
    connect(m_sourcesModel, &QAbstractItemModel::modelReset, m_sourcesView, &QTreeView::expandAll);

    m_articleView = new QTreeView(this);
    m_articleView->setObjectName(u"articleView"_s);
    m_articleView->setModel(m_articleModel);
    m_articleView->setItemDelegate(new ArticleListDelegate(m_articleView));
    m_articleView->setRootIsDecorated(false);
    m_articleView->setUniformRowHeights(true); // keeps scrolling cheap on long lists
    m_articleView->setAllColumnsShowFocus(true);
    m_articleView->setFrameShape(QFrame::NoFrame);
    m_articleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One two-line column (see ArticleListDelegate); the model keeps separate columns for other views.
    m_articleView->setHeaderHidden(true);
    m_articleView->setColumnHidden(ArticleListModel::SourceColumn, true);
    m_articleView->setColumnHidden(ArticleListModel::DateColumn, true);

    m_reader = new ReaderView(this);
    m_reader->setObjectName(u"readerView"_s);
    connect(m_reader->images(), &ReaderImages::alwaysAllowed, this, [this] { allowPictures(m_shownFeedId, true); });
    connect(m_reader->textView(), &ReaderTextView::linkRefused, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Gloss opens only web and mail links; not opened: %1").arg(url.toDisplayString().left(200)), 8000);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_search = new SearchPane(m_library.path(), m_articleView, this);
    m_splitter->addWidget(m_sourcesView);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({200, 370, 710});
    m_splitter->setChildrenCollapsible(false);

    m_welcome = new WelcomeView(this);
    connect(m_welcome, &WelcomeView::importRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_welcome, &WelcomeView::feedRequested, this, &MainWindow::chooseFeedToAdd);
    connect(m_welcome, &WelcomeView::sampleLibraryRequested, this, &MainWindow::openSampleLibrary);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // A saved search fills the search field; the list underneath stays as it was.
        if (current.data(SourcesModel::KindRole).toInt() == int(SourcesModel::Kind::SavedSearch)) {
            m_search->setQuery(current.data(SourcesModel::SearchRole).toString());
            return;
        }
        // Nothing opens by itself: opening marks an article read, which only the reader should decide.
        m_search->setQuery({});
        m_articleModel->setQuery(m_sourcesModel->queryAt(current));
        m_reader->clear();
        m_annotations->setArticle(0, {});
    });
    connect(m_articleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    m_sourcesView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sourcesView, &QWidget::customContextMenuRequested, this, &MainWindow::showSourcesMenu);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop importing (what is imported so far is kept)"));
    m_cancelImport->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelImport->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        if (m_importJob)
            m_importJob->cancel();
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importAction = file->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Articles…"), this,
                                            &MainWindow::chooseFilesToImport);
    importAction->setShortcut(QKeySequence::Open);
    file->addAction(QIcon::fromTheme(u"folder-documents"_s), tr("Open the &Sample Library"), this, &MainWindow::openSampleLibrary);
    file->addSeparator();
    QAction *exportNotes = file->addAction(QIcon::fromTheme(u"document-export"_s), tr("E&xport Notes…"), this, &MainWindow::showExportDialog);
    exportNotes->setObjectName(u"exportNotesAction"_s);
    exportNotes->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    file->addAction(tr("Import &Subscriptions (OPML)…"), this, &MainWindow::chooseSubscriptionsToImport)
        ->setObjectName(u"importOpmlAction"_s);
    file->addAction(tr("&Export Subscriptions (OPML)…"), this, &MainWindow::chooseSubscriptionsExportFile)
        ->setObjectName(u"exportOpmlAction"_s);
    file->addSeparator();
    file->addAction(tr("&Library…"), this, [this] {
        LibraryDialog dialog(m_library, m_backups, this);
        dialog.exec();
    })->setObjectName(u"libraryAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *feeds = menuBar()->addMenu(tr("F&eeds"));
    QAction *addFeed = feeds->addAction(QIcon::fromTheme(u"list-add"_s), tr("&Add Feed…"), this, &MainWindow::chooseFeedToAdd);
    addFeed->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    QAction *refreshAll = feeds->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh All"), this, [this] { m_refresh->refresh(); });
    refreshAll->setShortcut(QKeySequence::Refresh);
    feeds->addAction(tr("&Cancel Refresh"), m_refresh, &RefreshController::cancel);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_annotations->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_annotations->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"), this, &MainWindow::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    find->setShortcutContext(Qt::WindowShortcut);
    addAction(find);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *next = article->addAction(tr("&Next Article"), this, &MainWindow::nextArticle);
    next->setShortcut(Qt::Key_J);
    QAction *previous = article->addAction(tr("&Previous Article"), this, &MainWindow::previousArticle);
    previous->setShortcut(Qt::Key_K);
    QAction *page = article->addAction(tr("Page &Down or Next Article"), this, &MainWindow::pageDownOrNext);
    page->setShortcut(Qt::Key_Space);
    article->addSeparator();
    m_bookmarkAction = article->addAction(QIcon(u":/gloss/icons/bookmark.svg"_s), tr("&Bookmark"), this, &MainWindow::toggleBookmark);
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_D), QKeySequence(Qt::Key_B)});
    m_readAction = article->addAction(tr("&Read"), this, &MainWindow::toggleRead);
    m_readAction->setCheckable(true);
    m_readAction->setShortcut(Qt::Key_M);
    for (QAction *a : {next, previous, page, m_bookmarkAction, m_readAction})
        a->setShortcutContext(Qt::WindowShortcut);

    QMenu *annotate = menuBar()->addMenu(tr("A&nnotate"));
    m_annotations->fillMenu(annotate);
    annotate->addSeparator();
    annotate->addAction(m_suggestions->suggestAction());
    annotate->addAction(m_suggestions->automaticAction());
    annotate->addSeparator();
    QAction *speakers = annotate->addAction(tr("&Speakers…"), this, &MainWindow::showSpeakers);
    speakers->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    for (QAction *a : {m_annotations->highlightAction(), m_annotations->commentAction(), m_annotations->quoteAction(),
                       m_annotations->tagsAction(), m_annotations->deleteAction(), m_suggestions->suggestAction()})
        addAction(a); // window-wide shortcuts, whichever pane has focus

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon(u":/gloss/icons/org.gloss.Gloss.svg"_s), tr("&About Gloss"), this, [this] {
        QMessageBox::about(this, tr("About Gloss"),
                           tr("<h3>Gloss %1</h3><p>Read the news closely: highlight, comment and record who said "
                              "each quote, all offline in your own library.</p><p>Library: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_library.path().toHtmlEscaped()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(importAction);
    toolbar->addAction(refreshAll);
    toolbar->addAction(m_bookmarkAction);
    toolbar->addSeparator();
    toolbar->addAction(m_annotations->highlightAction());
    for (QAction *colour : m_annotations->colorActions()) {
        toolbar->addAction(colour);
        // Swatches speak for themselves; their names are in the tooltips.
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(colour)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolbar->addAction(m_annotations->commentAction());
    toolbar->addAction(m_annotations->quoteAction());
    toolbar->addAction(m_annotations->tagsAction());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    const int source = settings.value(u"window/source"_s, 0).toInt();
    m_sourcesView->setCurrentIndex(m_sourcesModel->index(std::clamp(source, 0, 3), 0));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_importJob && m_importJob->isRunning()) {
        m_importJob->cancel(); // what was imported is committed; the rest is not started
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    // Only the smart entries are remembered: feeds come and go.
    const QModelIndex source = m_sourcesView->currentIndex();
    settings.setValue(u"window/source"_s, source.parent().isValid() || source.row() > 3 ? 0 : source.row());
    event->accept();
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

bool MainWindow::isImporting() const
{
    return m_importJob != nullptr;
}

int MainWindow::currentRow() const
{
    return m_articleView->currentIndex().isValid() ? m_articleView->currentIndex().row() : -1;
}

void MainWindow::selectArticleRow(int row)
{
    while (row >= m_articleModel->rowCount() && m_articleModel->canFetchMore({}))
        m_articleModel->fetchMore({});
    if (row < 0 || row >= m_articleModel->rowCount())
        return;
    const QModelIndex index = m_articleModel->index(row, 0);
    m_articleView->setCurrentIndex(index);
    m_articleView->scrollTo(index);
}

void MainWindow::nextArticle()
{
    selectArticleRow(currentRow() + 1);
}

void MainWindow::previousArticle()
{
    if (currentRow() > 0)
        selectArticleRow(currentRow() - 1);
}

void MainWindow::pageDownOrNext()
{
    // Space reads on: page down the article, then move to the next one (as in NetNewsWire).
    QScrollBar *bar = m_reader->textView()->verticalScrollBar();
    if (m_reader->articleId() != 0 && bar->value() < bar->maximum())
        bar->setValue(bar->value() + bar->pageStep() - bar->singleStep());
    else
        nextArticle();
}

void MainWindow::showCurrentArticle()
{
    const qint64 id = m_articleModel->idAt(currentRow());
    if (m_keepReader && (id == 0 || id == m_reader->articleId()))
        return;
    if (id == 0) {
        m_reader->clear();
        m_annotations->setArticle(0, {});
        m_bookmarkAction->setChecked(false);
        return;
    }
    showArticleById(id);
}

void MainWindow::showPictures(const Article &article)
{
    m_shownFeedId = article.feedId;
    const QList<ArticleImage> pictures = imagesInSanitizedHtml(article.html);
    const bool allowed = !pictures.isEmpty() && article.feedId && m_feedStore.loadsImages(article.feedId).value_or(false);
    m_reader->images()->setArticle(pictures, allowed, article.feedId ? article.source : QString());
}

bool MainWindow::allowPictures(qint64 feedId, bool on)
{
    if (const Status stored = m_feedStore.setLoadsImages(feedId, on); !stored) {
        showError(stored.error());
        return false;
    }
    return true;
}

bool MainWindow::showArticleById(qint64 id)
{
    StepTimer steps;
    auto article = m_store.article(id);
    if (!article) {
        showError(article.error());
        return false;
    }
    if (!article->has_value()) {
        m_reader->clear();
        return false;
    }
    const double load = steps.lap();
    m_reader->showArticle(**article);
    m_shownRevision = (*article)->revision;
    showPictures(**article);
    m_reader->textView()->setSearchMatches(m_search->matchPatterns());
    const double show = steps.lap();
    m_annotations->setArticle(id, (*article)->text);
    const double annotate = steps.lap();
    if (!(*article)->read) {
        // In the list, the row changes in place; an article shown from a search may not be listed.
        const int row = m_articleModel->rowForId(id);
        if (row >= 0 ? m_articleModel->setRead(row, true) : m_store.setRead(id, true).ok())
            m_sourcesModel->adjustUnread((*article)->feedId, -1);
    }
    m_bookmarkAction->setChecked((*article)->bookmarked);
    m_readAction->setChecked(true);
    qCDebug(lcTiming, "open article %lld: load %.1f ms, reader %.1f ms, annotations %.1f ms, mark read %.1f ms", qlonglong(id),
            load, show, annotate, steps.lap());
    return true;
}

void MainWindow::toggleBookmark()
{
    const int row = currentRow();
    if (row < 0) {
        m_bookmarkAction->setChecked(false);
        return;
    }
    const bool on = !m_articleModel->index(row, 0).data(ArticleListModel::BookmarkedRole).toBool();
    if (m_articleModel->setBookmarked(row, on)) {
        m_bookmarkAction->setChecked(on);
        m_sourcesModel->refreshCount(ArticleFilter::Bookmarked);
        statusBar()->showMessage(on ? tr("Bookmarked") : tr("Bookmark removed"), 2000);
    }
}

void MainWindow::toggleRead()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const bool read = !m_articleModel->index(row, 0).data(ArticleListModel::ReadRole).toBool();
    if (m_articleModel->setRead(row, read)) {
        m_readAction->setChecked(read);
        m_sourcesModel->adjustUnread(m_store.article(m_articleModel->idAt(row)).value().value_or(Article{}).feedId, read ? -1 : 1);
    }
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), settings.value(u"import/lastFolder"_s).toString(),
        tr("Articles (*.html *.htm *.xhtml *.md *.markdown *.txt *.text);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(u"import/lastFolder"_s, QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (m_importJob) {
        statusBar()->showMessage(tr("An import is already running; drop the files again when it has finished."), 5000);
        return;
    }
    startImport(new ImportJob(m_library.path(), files, ImportJob::Kind::Files, this), tr("Importing"));
}

void MainWindow::openSampleLibrary()
{
    if (m_importJob)
        return;
    startImport(new ImportJob(m_library.path(), {}, ImportJob::Kind::SampleLibrary, this), tr("Adding the sample stories"));
}

void MainWindow::startImport(ImportJob *job, const QString &what)
{
    m_importJob = job;
    m_progress->setRange(0, std::max(1, job->total()));
    m_progress->setValue(0);
    m_progress->setFormat(what + u" %v/%m"_s);
    m_progress->show();
    m_cancelImport->setVisible(job->total() > 1);
    connect(job, &ImportJob::progress, this, [this](int done, int total, const QString &file) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        if (!file.isEmpty())
            statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    });
    connect(job, &ImportJob::finished, this, &MainWindow::importDone);
    connect(job, &ImportJob::failed, this, [this](const QString &message) {
        importDone({}, false);
        showError(message);
    });
    job->start();
}

void MainWindow::importDone(const QList<FileImportResult> &results, bool cancelled)
{
    m_progress->hide();
    m_cancelImport->hide();
    if (m_importJob) {
        m_importJob->deleteLater();
        m_importJob = nullptr;
    }
    int imported = 0, updated = 0, unchanged = 0;
    QStringList errors;
    qint64 firstNew = 0;
    for (const FileImportResult &r : results) {
        if (r.status == u"imported"_s) {
            ++imported;
            if (!firstNew)
                firstNew = r.id;
        } else if (r.status == u"updated"_s) {
            ++updated;
        } else if (r.status == u"unchanged"_s) {
            ++unchanged;
        } else {
            errors << r.error;
        }
    }
    refreshAfterChange();
    QString summary = tr("Imported %n article(s)", nullptr, imported);
    if (updated)
        summary += tr(", %n updated", nullptr, updated);
    if (unchanged)
        summary += tr(", %n unchanged", nullptr, unchanged);
    if (!errors.isEmpty())
        summary += tr(", %n failed", nullptr, int(errors.size()));
    if (cancelled)
        summary += tr(" (cancelled)");
    statusBar()->showMessage(summary, 8000);
    if (firstNew) {
        const int row = m_articleModel->rowForId(firstNew);
        if (row >= 0)
            selectArticleRow(row);
    }
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some files were not imported"),
                        tr("%n file(s) could not be imported. Nothing else in the library was changed.", nullptr, int(errors.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(u'\n'));
        box.setInformativeText(errors.first());
        box.exec();
    }
    Q_EMIT importFinished();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Gloss"), message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

} // namespace gloss::ui
