// TagsDialog: edits an annotation's tags as a comma-separated list, completing each tag over the
// tags already in the library.
#pragma once

#include <QDialog>

class QLineEdit;

namespace gloss::ui {

class TagsDialog : public QDialog {
    Q_OBJECT
public:
    TagsDialog(const QStringList &knownTags, const QStringList &tags, QWidget *parent = nullptr);
    QStringList tags() const;
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace gloss::ui
