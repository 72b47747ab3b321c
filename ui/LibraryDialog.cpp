#include "LibraryDialog.h"

#include "BackupScheduler.h"

#include "store/Library.h"
#include "store/LibraryBackups.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gloss::ui {

LibraryDialog::LibraryDialog(Library &library, BackupScheduler *backups, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_backups(backups)
{
    setWindowTitle(tr("Library"));
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_feeds = new QTreeWidget(this);
    m_feeds->setObjectName(u"libraryFeeds"_s);
    m_feeds->setHeaderLabels({tr("Feed"), tr("Articles"), tr("Unread")});
    m_feeds->setRootIsDecorated(false);
    m_feeds->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_optimize = buttons->addButton(tr("&Optimize"), QDialogButtonBox::ActionRole);
    m_optimize->setToolTip(tr("Compact the library file and refresh its search indexes and statistics"));
    connect(buttons, &QDialogButtonBox::rejected, this, &LibraryDialog::reject);
    connect(m_optimize, &QPushButton::clicked, this, &LibraryDialog::optimize);
    connect(&m_running, &QFutureWatcher<Result<OptimizeReport>>::finished, this, [this] {
        const Result<OptimizeReport> report = m_running.result();
        m_optimize->setEnabled(true);
        if (report) {
            const QLocale locale;
            m_status->setText(tr("Optimized: %1 → %2.").arg(locale.formattedDataSize(report->bytesBefore), locale.formattedDataSize(report->bytesAfter)));
        } else {
            m_status->setText(tr("Not optimized: %1").arg(report.error()));
        }
        showStats();
        Q_EMIT finished(report.ok());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_feeds, 1);
    if (m_backups)
        layout->addWidget(createBackupControls());
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 520);
    showStats();
}

QWidget *LibraryDialog::createBackupControls()
{
    auto *box = new QGroupBox(tr("Backups"), this);
    m_backupSummary = new QLabel(box);
    m_backupSummary->setWordWrap(true);
    m_backupSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_daily = new QCheckBox(tr("Back up &daily while Gloss is open, keeping the newest"), box);
    m_daily->setChecked(BackupScheduler::dailyEnabled());
    m_kept = new QSpinBox(box);
    m_kept->setRange(1, 365);
    m_kept->setValue(BackupScheduler::keptDaily());
    m_kept->setEnabled(m_daily->isChecked());
    m_backUp = new QPushButton(tr("&Back Up Now"), box);
    connect(m_daily, &QCheckBox::toggled, this, [this](bool on) {
        BackupScheduler::setDailyEnabled(on);
        m_kept->setEnabled(on);
    });
    connect(m_kept, &QSpinBox::valueChanged, this, &BackupScheduler::setKeptDaily);
    connect(m_backUp, &QPushButton::clicked, m_backups, &BackupScheduler::backUpNow);
    connect(m_backups, &BackupScheduler::started, this, [this] {
        m_backUp->setEnabled(false);
        m_status->setText(tr("Backing up… the library stays usable meanwhile."));
    });
    connect(m_backups, &BackupScheduler::finished, this, [this](bool, const QString &message) {
        m_backUp->setEnabled(true);
        m_status->setText(message);
        showBackups();
    });
    m_backUp->setEnabled(!m_backups->isRunning());
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_daily);
    keep->addWidget(m_kept);
    keep->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_backupSummary);
    layout->addLayout(keep);
    layout->addWidget(m_backUp, 0, Qt::AlignLeft);
    showBackups();
    return box;
}

void LibraryDialog::showBackups()
{
    const LibraryBackups backups(m_library.path());
    const QList<LibraryBackup> all = backups.list();
    const QString folder = QDir::toNativeSeparators(backups.folder()).toHtmlEscaped();
    if (all.isEmpty()) {
        m_backupSummary->setText(tr("No backups yet. They go to %1.").arg(folder));
        return;
    }
    const QLocale locale;
    m_backupSummary->setText(tr("%n backup(s) in %1; the newest from %2 (%3).", nullptr, int(all.size()))
                                 .arg(folder, locale.toString(all.first().made, QLocale::ShortFormat),
                                      locale.formattedDataSize(all.first().bytes)));
}

LibraryDialog::~LibraryDialog()
{
    m_running.waitForFinished();
}

void LibraryDialog::showStats()
{
    auto stats = libraryStats(m_library.database());
    if (!stats) {
        m_summary->setText(stats.error());
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("<b>%1</b><br>%2 on disk, %3 of it free<br>%4 articles (%5 unread, %6 imported from files), "
                          "%7 annotations, %8 speakers")
                           .arg(m_library.path().toHtmlEscaped(), locale.formattedDataSize(stats->fileBytes),
                                locale.formattedDataSize(stats->freeBytes), locale.toString(stats->articles),
                                locale.toString(stats->unread), locale.toString(stats->importedArticles),
                                locale.toString(stats->annotations), locale.toString(stats->speakers)));
    m_feeds->clear();
    for (const FeedSize &f : stats->perFeed) {
        auto *item = new QTreeWidgetItem(m_feeds, {f.title, locale.toString(f.articles), locale.toString(f.unread)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void LibraryDialog::optimize()
{
    if (m_running.isRunning())
        return;
    m_optimize->setEnabled(false);
    m_status->setText(tr("Optimizing… the library stays usable meanwhile."));
    m_running.setFuture(QtConcurrent::run([path = m_library.path()]() -> Result<OptimizeReport> {
        auto library = Library::open(path);
        if (!library)
            return Error{library.error()};
        return optimizeLibrary((*library)->database());
    }));
}

void LibraryDialog::reject()
{
    // Closing waits for a running optimize (it cannot be interrupted half way safely).
    m_running.waitForFinished();
    QDialog::reject();
}

} // namespace gloss::ui
