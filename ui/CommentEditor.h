// CommentEditor: writes an annotation's comment in Markdown, with KSyntaxHighlighting's Markdown
// definition colouring the source and a rendered preview a tab away.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class Repository;
}

namespace gloss::ui {

class CommentEditor : public QDialog {
    Q_OBJECT
public:
    CommentEditor(KSyntaxHighlighting::Repository &repository, const QString &quote, const QString &comment,
                  QWidget *parent = nullptr);

    QString comment() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void updatePreview();

    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace gloss::ui
