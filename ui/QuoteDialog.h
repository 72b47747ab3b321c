// QuoteDialog: marks a passage as a quote and says who said it. The speaker field completes over
// every speaker's name and aliases; a name nobody has yet becomes a new speaker (with an optional
// role) when the dialog is accepted.
#pragma once

#include "annotation/Annotation.h"
#include "annotation/SpeakerStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace gloss::ui {

class QuoteDialog : public QDialog {
    Q_OBJECT
public:
    QuoteDialog(const QList<Speaker> &speakers, const QString &quote, QWidget *parent = nullptr);

    void setSpeakerName(const QString &name);
    void setQuoteKind(QuoteKind kind);
    void setVerb(const QString &verb);

    // The speaker the typed name or alias resolves to, or nullopt for a new speaker (see newSpeaker()).
    std::optional<qint64> existingSpeaker() const;
    Speaker newSpeaker() const;            // name and role as typed
    QString speakerText() const;
    QuoteKind quoteKind() const;
    QString verb() const;

    QLineEdit *speakerEdit() const { return m_speaker; }

private:
    void updateHint();

    QList<Speaker> m_speakers;
    QLineEdit *m_speaker = nullptr;
    QLineEdit *m_role = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_verb = nullptr;
};

} // namespace gloss::ui
