// AddFeedDialog: subscribes to a feed by its address, optionally into a folder.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gloss::ui {

class AddFeedDialog : public QDialog {
    Q_OBJECT
public:
    AddFeedDialog(const QStringList &folders, QWidget *parent = nullptr);

    QString url() const;
    QString folder() const;   // empty: top level
    QLineEdit *urlEdit() const { return m_url; }

private:
    void validate();

    QLineEdit *m_url = nullptr;
    QComboBox *m_folder = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gloss::ui
