#include "CommentEditor.h"

#include "SyntaxTheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gloss::ui {

CommentEditor::CommentEditor(KSyntaxHighlighting::Repository &repository, const QString &quote, const QString &comment,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Comment"));
    setObjectName(u"commentEditor"_s);
    auto *quoted = new QLabel(u"“%1”"_s.arg(quote.size() > 300 ? quote.left(300) + u'…' : quote), this);
    quoted->setWordWrap(true);
    quoted->setTextFormat(Qt::PlainText);
    quoted->setForegroundRole(QPalette::PlaceholderText);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"commentText"_s);
    m_editor->setPlainText(comment);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Your note, in Markdown: *emphasis*, **strong**, [links](https://…), lists…"));
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setDefinition(repository.definitionForName(u"Markdown"_s));
    highlighter->setTheme(themeForPalette(repository, this));

    m_preview = new QTextBrowser(this);
    m_preview->setOpenExternalLinks(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &CommentEditor::updatePreview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(quoted);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 380);
    m_editor->setFocus();
}

QString CommentEditor::comment() const
{
    return m_editor->toPlainText().trimmed();
}

void CommentEditor::updatePreview()
{
    m_preview->setMarkdown(m_editor->toPlainText());
}

} // namespace gloss::ui
