// SpeakersDialog: the speaker registry's editor. Search and pick a speaker on the left; edit name,
// role, aliases and note on the right; merge a duplicate into another speaker or delete one; browse
// the selected speaker's quotes below (windowed, so a speaker with 100,000 quotes opens at once).
//
// Every change is a command on the shared QUndoStack, so the main window's Edit > Undo reverts it;
// the dialog follows AnnotationEvents to stay current whoever changed the registry. It is meant to
// be shown non-modally (show(), not exec()); it owns no store and holds no global state.
#pragma once

#include "annotation/SpeakerStore.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QUndoCommand;
class QUndoStack;

namespace gloss {
class AnnotationEvents;
class Database;
class SpeakerListModel;
class SpeakerQuotesModel;
} // namespace gloss

namespace gloss::ui {

class SpeakerForm;

class SpeakersDialog : public QDialog {
    Q_OBJECT
public:
    // `undo` is the window's shared stack (a private one is made when it is null).
    SpeakersDialog(Database &db, AnnotationEvents &events, QUndoStack *undo, QWidget *parent = nullptr);
    ~SpeakersDialog() override;

    // Shows `id` in the form and its quotes below (clearing the search when it hides the speaker).
    void selectSpeaker(qint64 id);
    qint64 currentSpeakerId() const { return m_currentId; }

Q_SIGNALS:
    // A quote in the list was double-clicked (or activated with Return): open it in the reader.
    void quoteActivated(qint64 articleId, qint64 annotationId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void showSpeaker(qint64 id);
    void scheduleRefresh();
    void refreshNow();
    void restoreListSelection();
    void updateButtons();
    std::optional<Speaker> storedSpeaker(qint64 id);
    bool push(QUndoCommand *command);
    void showError(const QString &message);

    void apply();
    void mergeIntoOther();
    void deleteSpeaker();

    Database &m_db;
    AnnotationEvents &m_events;
    QUndoStack *m_undo = nullptr;
    std::unique_ptr<SpeakerStore> m_store;
    SpeakerListModel *m_speakers = nullptr;
    SpeakerQuotesModel *m_quotes = nullptr;
    qint64 m_currentId = 0;
    qint64 m_quoteCount = 0;   // of the current speaker, as last read
    // Events come in bursts (a merge sends speakersChanged and annotationsChanged): one re-read.
    QTimer m_refresh;
    bool m_stale = false;   // changed while hidden: re-read when shown

    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    SpeakerForm *m_form = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_quotesLabel = nullptr;
    QListView *m_quoteList = nullptr;
};

} // namespace gloss::ui
