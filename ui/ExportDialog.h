// ExportDialog: File > Export Notes…. Format, scope and options on the left, a live preview of the
// export on the right (syntax-highlighted with KSyntaxHighlighting, theme from the palette), then
// Save (through QSaveFile, on a worker thread with its own connection) or Copy.
//
// The preview shows the first PreviewArticles articles of the scope, so choosing "whole library"
// on a big library stays instant; saving and copying write everything.
#pragma once

#include "export/ExportFormat.h"
#include "export/ExportScope.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
}

namespace gloss {
class Library;
}

namespace gloss::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int PreviewArticles = 20;

    // What the window knows when the dialog opens: the article being read and the articles selected.
    struct Context {
        qint64 currentArticle = 0;
        QList<qint64> selectedArticles;
    };

    ExportDialog(Library &library, KSyntaxHighlighting::Repository &repository, const Context &context,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    enum class ScopeChoice { CurrentArticle, SelectedArticles, Speaker, Tag, Matching, WholeLibrary };

    // For tests and for callers that preselect: the choices the widgets offer.
    void setFormat(ExportFormat format);
    void setScope(ScopeChoice scope, const QString &value = {});
    ExportFormat format() const;
    // The scope as chosen, or an error naming what is missing (no speaker chosen, words with nothing
    // to match...).
    Result<ExportScope> scope() const;

    QString previewText() const;
    QString previewDefinitionName() const; // the KSyntaxHighlighting definition in use, "" for none
    // Writes the whole export to `path` and waits for it; false with the message shown on failure.
    bool saveTo(const QString &path);
    // The whole export as text on the clipboard (not for PDF), rendered on a worker thread.
    bool copyToClipboard();
    // Close: while a file is being saved, the dialog closes when it is written.
    void reject() override;

private:
    void buildUi();
    void schedulePreview();
    void updateControls();
    void updatePreview();
    void showPreview(const QString &text);
    void chooseFileAndSave();
    bool startSave(const QString &path);
    void saveFinished();
    void showProblem(const QString &message);

    Library &m_library;
    KSyntaxHighlighting::Repository &m_repository;
    Context m_context;
    QFormLayout *m_form = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_words = nullptr;
    QCheckBox *m_unannotated = nullptr;
    QCheckBox *m_csvGuard = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_copy = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<Status> m_saving;
    QString m_savingPath;
    bool m_closeWhenSaved = false;
};

} // namespace gloss::ui
