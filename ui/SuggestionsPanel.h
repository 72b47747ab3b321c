// SuggestionsPanel: the open article's quote suggestions above its annotations, each with its speaker,
// kind and confidence; accept or reject the current one (Enter / Delete), or all of them at or above
// a confidence at once.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace gloss::ui {

class QuoteSuggestionController;

class SuggestionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionsPanel(QuoteSuggestionController *controller, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }
    QSpinBox *thresholdBox() const { return m_threshold; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void updateButtons();

    QuoteSuggestionController *m_controller;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_rejectAll = nullptr;
    QSpinBox *m_threshold = nullptr;
};

} // namespace gloss::ui
