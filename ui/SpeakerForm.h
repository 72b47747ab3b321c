// SpeakerForm: the editable fields of one speaker (name, role, aliases as a comma-separated list,
// note) in the speakers dialog. It remembers the speaker it was filled with, so the dialog can tell
// a user's unsaved edits from a stale display when the registry changes underneath.
#pragma once

#include "annotation/SpeakerStore.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace gloss::ui {

class SpeakerForm : public QWidget {
    Q_OBJECT
public:
    explicit SpeakerForm(QWidget *parent = nullptr);

    // Fills the fields (an id of 0 clears and disables them).
    void setSpeaker(const Speaker &speaker);
    const Speaker &loaded() const { return m_loaded; }
    // `loaded()` with the fields' values: what Apply writes.
    Speaker edited() const;
    // True when a field differs from what setSpeaker() put there.
    bool isEdited() const;

    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void applyRequested();   // Return in a line field

private:
    Speaker m_loaded;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_aliases = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// "a, b ,, c" -> {"a", "b", "c"}: the aliases field's format.
QStringList splitAliases(const QString &text);

} // namespace gloss::ui
