#include "SpeakersDialog.h"

#include "SpeakerDelegates.h"
#include "SpeakerForm.h"

#include "annotation/AnnotationCommands.h"
#include "models/SpeakerListModel.h"
#include "models/SpeakerQuotesModel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

SpeakersDialog::SpeakersDialog(Database &db, AnnotationEvents &events, QUndoStack *undo, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_events(events)
    , m_undo(undo ? undo : new QUndoStack(this))
    , m_store(std::make_unique<SpeakerStore>(db))
{
    setObjectName(u"speakersDialog"_s);
    setWindowTitle(tr("Speakers"));
    m_speakers = new SpeakerListModel(*m_store, this);
    m_quotes = new SpeakerQuotesModel(db, this);
    buildLayout();

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &SpeakersDialog::refreshNow);
    connect(&m_events, &AnnotationEvents::speakersChanged, this, &SpeakersDialog::scheduleRefresh);
    connect(&m_events, &AnnotationEvents::annotationsChanged, this, &SpeakersDialog::scheduleRefresh);
    connect(m_speakers, &SpeakerListModel::errorOccurred, this, &SpeakersDialog::showError);
    connect(m_quotes, &SpeakerQuotesModel::errorOccurred, this, &SpeakersDialog::showError);

    // The window's Ctrl+Z does not reach a separate dialog window; the same stack's actions do.
    // (A focused text field keeps Ctrl+Z for its own text, as everywhere.)
    QAction *undoAction = m_undo->createUndoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_undo->createRedoAction(this);
    redoAction->setShortcut(QKeySequence::Redo);
    addActions({undoAction, redoAction});

    m_speakers->reload();
    if (m_speakers->rowCount() > 0)
        showSpeaker(m_speakers->speakerAt(0)->id);
    else
        showSpeaker(0);
    resize(760, 560);
}

SpeakersDialog::~SpeakersDialog() = default;

void SpeakersDialog::buildLayout()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"speakerSearch"_s);
    m_search->setPlaceholderText(tr("Search names and aliases"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(u"speakerList"_s);
    m_list->setModel(m_speakers);
    m_list->setItemDelegate(new SpeakerListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_form = new SpeakerForm(this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyButton"_s);
    m_merge = new QPushButton(tr("&Merge into…"), this);
    m_merge->setObjectName(u"mergeButton"_s);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(u"deleteButton"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"speakerError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    m_quotesLabel = new QLabel(this);
    m_quoteList = new QListView(this);
    m_quoteList->setObjectName(u"quoteList"_s);
    m_quoteList->setModel(m_quotes);
    m_quoteList->setItemDelegate(new SpeakerQuoteDelegate(m_quoteList));
    // Uniform rows: a view over 100,000 fetched quotes never measures them one by one.
    m_quoteList->setUniformItemSizes(true);
    m_quoteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_quotesLabel->setBuddy(m_quoteList);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins({});
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch();
    buttons->addWidget(m_merge);
    buttons->addWidget(m_delete);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins({});
    rightLayout->addWidget(m_form);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_quotesLabel);
    rightLayout->addWidget(m_quoteList, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_speakers->setFilterText(text);
        // A speaker hidden by the search stays in the form, unsaved edits included.
        if (!m_currentId && m_speakers->rowCount() > 0)
            showSpeaker(m_speakers->speakerAt(0)->id);
        restoreListSelection();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const Speaker *s = m_speakers->speakerAt(current.row()); s && s->id != m_currentId) {
            m_error->hide();   // it was about the speaker shown before
            showSpeaker(s->id);
        }
    });
    connect(m_apply, &QPushButton::clicked, this, &SpeakersDialog::apply);
    connect(m_form, &SpeakerForm::applyRequested, this, &SpeakersDialog::apply);
    connect(m_merge, &QPushButton::clicked, this, &SpeakersDialog::mergeIntoOther);
    connect(m_delete, &QPushButton::clicked, this, &SpeakersDialog::deleteSpeaker);
    connect(m_quoteList, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const SpeakerQuote *q = m_quotes->quoteAt(index.row()))
            Q_EMIT quoteActivated(q->articleId, q->id);
    });
}

void SpeakersDialog::selectSpeaker(qint64 id)
{
    if (m_speakers->rowForId(id) < 0 && !m_search->text().isEmpty())
        m_search->clear();
    m_error->hide();
    showSpeaker(id);
}

void SpeakersDialog::showSpeaker(qint64 id)
{
    const std::optional<Speaker> s = id ? storedSpeaker(id) : std::nullopt;
    m_currentId = s ? s->id : 0;
    m_quoteCount = s ? s->quoteCount : 0;
    m_form->setSpeaker(s ? *s : Speaker());
    m_quotes->setSpeaker(m_currentId);
    restoreListSelection();
    updateButtons();
}

void SpeakersDialog::restoreListSelection()
{
    // Model resets drop the view's current index without a signal; put it back on the shown speaker.
    const int row = m_speakers->rowForId(m_currentId);
    const QModelIndex index = row >= 0 ? m_speakers->index(row) : QModelIndex();
    if (index != m_list->currentIndex())
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (index.isValid())
        m_list->scrollTo(index);
}

void SpeakersDialog::updateButtons()
{
    m_apply->setEnabled(m_currentId != 0);
    m_merge->setEnabled(m_currentId != 0 && m_speakers->allSpeakers().size() > 1);
    m_delete->setEnabled(m_currentId != 0);
    m_quotesLabel->setText(m_currentId ? tr("&Quotes (%1):").arg(m_quoteCount) : tr("&Quotes:"));
}

void SpeakersDialog::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refresh.start();
}

void SpeakersDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_stale)
        refreshNow();
}

void SpeakersDialog::refreshNow()
{
    m_refresh.stop();
    m_stale = false;
    m_speakers->reload();
    const std::optional<Speaker> current = m_currentId ? storedSpeaker(m_currentId) : std::nullopt;
    if (!current) {
        // Deleted or merged away (here or by an undo elsewhere).
        showSpeaker(0);
        return;
    }
    m_quoteCount = current->quoteCount;
    // Fresh values replace the form's only when the user has not started editing it.
    if (!m_form->isEdited())
        m_form->setSpeaker(*current);
    m_quotes->reload();
    restoreListSelection();
    updateButtons();
}

std::optional<Speaker> SpeakersDialog::storedSpeaker(qint64 id)
{
    auto s = m_store->speaker(id);
    if (!s) {
        showError(s.error());
        return std::nullopt;
    }
    return *s;
}

bool SpeakersDialog::push(QUndoCommand *command)
{
    // A command reports a failed write through the events rather than a return value; listen only
    // around our own push, so errors of other windows' commands are not shown here.
    m_error->hide();
    QString error;
    const auto watch = connect(&m_events, &AnnotationEvents::errorOccurred, this, [&error](const QString &message) {
        if (error.isEmpty())
            error = message;
    });
    m_undo->push(command);
    disconnect(watch);
    if (!error.isEmpty())
        showError(error);
    return error.isEmpty();
}

void SpeakersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SpeakersDialog::apply()
{
    const std::optional<Speaker> before = storedSpeaker(m_currentId);
    if (!before)
        return;
    Speaker after = m_form->edited();
    after.id = before->id;
    if (after.name == before->name && after.role == before->role && after.aliases == before->aliases && after.note == before->note)
        return;
    if (!push(new EditSpeakerCommand(m_db, m_events, *before, after)))
        return;   // the form keeps the user's values, to correct and apply again
    refreshNow();
    if (const std::optional<Speaker> stored = storedSpeaker(m_currentId))
        m_form->setSpeaker(*stored);
    updateButtons();
}

void SpeakersDialog::mergeIntoOther()
{
    const std::optional<Speaker> from = storedSpeaker(m_currentId);
    if (!from)
        return;
    QList<Speaker> others;
    QStringList names;
    for (const Speaker &s : m_speakers->allSpeakers()) {
        if (s.id != from->id) {
            others << s;
            names << s.name;
        }
    }
    if (others.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Merge Speaker"), tr("Merge “%1” into:").arg(from->name), names, 0, false, &ok);
    const qsizetype picked = names.indexOf(choice);
    if (!ok || picked < 0)
        return;
    const Speaker &into = others.at(picked);
    const QString question =
        tr("Move %n quote(s) from “%1” to “%2”?", "", int(from->quoteCount)).arg(from->name, into.name) + u"\n\n"_s
        + tr("“%1” is removed; its name and aliases become aliases of “%2”. You can undo this.").arg(from->name, into.name);
    if (QMessageBox::question(this, tr("Merge Speakers"), question) != QMessageBox::Yes)
        return;
    if (!push(new MergeSpeakersCommand(m_db, m_events, from->id, into.id, tr("Merge %1 into %2").arg(from->name, into.name))))
        return;
    refreshNow();   // `from` is gone now
    selectSpeaker(into.id);
}

void SpeakersDialog::deleteSpeaker()
{
    const std::optional<Speaker> s = storedSpeaker(m_currentId);
    if (!s)
        return;
    // A speaker nobody quotes goes at once (undo brings it back); otherwise say what is lost.
    if (s->quoteCount > 0) {
        const QString question =
            tr("Delete “%1”? %n quote(s) will lose their speaker; the quotes themselves stay. You can undo this.", "",
               int(s->quoteCount))
                .arg(s->name);
        if (QMessageBox::question(this, tr("Delete Speaker"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    if (push(new DeleteSpeakerCommand(m_db, m_events, *s)))
        refreshNow();
}

} // namespace gloss::ui
