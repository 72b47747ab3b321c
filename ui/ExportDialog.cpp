#include "ExportDialog.h"

#include "SyntaxTheme.h"

#include "annotation/LabelStore.h"
#include "annotation/SpeakerStore.h"
#include "export/ExportReader.h"
#include "export/PdfExport.h"
#include "export/PhraseSearch.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {

// Collects the first `limit` articles and then stops the reader: a preview never reads the rest.
class PreviewCollector final : public ExportSink {
public:
    explicit PreviewCollector(int limit) : m_limit(limit) {}
    Status begin(const ExportHeader &header) override
    {
        m_bundle.header = header;
        return {};
    }
    Status article(const ExportedArticle &article) override
    {
        if (m_bundle.articles.size() >= m_limit) {
            m_truncated = true;
            return Error{QString()}; // not a failure: enough for a preview
        }
        m_bundle.articles.append(article);
        return {};
    }
    Status finish() override { return {}; }
    ExportBundle &bundle() { return m_bundle; }
    bool truncated() const { return m_truncated; }

private:
    int m_limit;
    ExportBundle m_bundle;
    bool m_truncated = false;
};

// The whole export of `scope` to `device`, read through a connection of its own: the worker threads
// that save and copy never share the window's.
Status exportInOwnConnection(const QString &libraryPath, ExportFormat format, const ExportScope &scope,
                             const ExportOptions &options, QIODevice *device)
{
    auto library = Library::open(libraryPath);
    if (!library)
        return Error{library.error()};
    ExportReader reader((*library)->database());
    std::unique_ptr<ExportSink> writer = format == ExportFormat::Pdf ? std::make_unique<PdfWriter>(device)
                                                                     : makeWriter(format, device, options);
    return reader.read(scope, *writer);
}

// The file name the KSyntaxHighlighting repository knows each format's definition by.
QString previewFileName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown: return u"preview.md"_s;
    case ExportFormat::Html:
    case ExportFormat::Pdf: return u"preview.html"_s;
    case ExportFormat::Json:
    case ExportFormat::W3c: return u"preview.json"_s;
    case ExportFormat::Csv: return u"preview.csv"_s;
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Library &library, KSyntaxHighlighting::Repository &repository, const Context &context,
                           QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_repository(repository)
    , m_context(context)
{
    setWindowTitle(tr("Export Notes"));
    setObjectName(u"exportDialog"_s);
    buildUi();
    connect(&m_saving, &QFutureWatcher<Status>::finished, this, &ExportDialog::saveFinished);
    updatePreview();
}

ExportDialog::~ExportDialog()
{
    // A save under way writes through its own connection into a temporary file; let it end cleanly.
    m_saving.waitForFinished();
}

void ExportDialog::buildUi()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    const QList<std::pair<ExportFormat, QString>> formats{
        {ExportFormat::Markdown, tr("Markdown (Obsidian, Logseq)")},
        {ExportFormat::Html, tr("HTML page")},
        {ExportFormat::Pdf, tr("PDF")},
        {ExportFormat::Csv, tr("CSV spreadsheet")},
        {ExportFormat::Json, tr("Gloss JSON (backup)")},
        {ExportFormat::W3c, tr("W3C Web Annotation (JSON-LD)")},
    };
    for (const auto &[format, label] : formats)
        m_format->addItem(label, int(format));

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"exportScope"_s);
    if (m_context.currentArticle)
        m_scope->addItem(tr("The article being read"), int(ScopeChoice::CurrentArticle));
    if (!m_context.selectedArticles.isEmpty())
        m_scope->addItem(tr("The %n selected article(s)", nullptr, int(m_context.selectedArticles.size())),
                         int(ScopeChoice::SelectedArticles));
    m_scope->addItem(tr("Quotes by a speaker"), int(ScopeChoice::Speaker));
    m_scope->addItem(tr("Annotations with a tag"), int(ScopeChoice::Tag));
    m_scope->addItem(tr("Articles containing words"), int(ScopeChoice::Matching));
    m_scope->addItem(tr("The whole library"), int(ScopeChoice::WholeLibrary));

    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(u"exportSpeaker"_s);
    if (auto speakers = SpeakerStore(m_library.database()).all())
        for (const Speaker &s : *speakers)
            m_speaker->addItem(s.name);
    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"exportTag"_s);
    if (auto labels = LabelStore(m_library.database()).all())
        for (const LabelInfo &l : *labels)
            m_tag->addItem(l.name);
    m_words = new QLineEdit(this);
    m_words->setObjectName(u"exportWords"_s);
    m_words->setPlaceholderText(tr("words or a phrase"));
    m_unannotated = new QCheckBox(tr("Include articles without annotations"), this);
    m_unannotated->setObjectName(u"exportUnannotated"_s);
    m_csvGuard = new QCheckBox(tr("Protect spreadsheets from formulas in cells"), this);
    m_csvGuard->setObjectName(u"exportCsvGuard"_s);
    m_csvGuard->setToolTip(tr("Cells starting with = + - @ get a leading apostrophe. The file then no longer "
                              "holds exactly what the library holds."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Export:"), m_scope);
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Tag:"), m_tag);
    form->addRow(tr("&Words:"), m_words);
    form->addRow(QString(), m_unannotated);
    form->addRow(QString(), m_csvGuard);
    m_form = form;
    auto *left = new QWidget(this);
    left->setLayout(form);
    left->setMinimumWidth(320);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"exportPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_highlighter->setTheme(themeForPalette(m_repository, m_preview));
    m_status = new QLabel(this);
    m_status->setObjectName(u"exportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *right = new QVBoxLayout;
    right->addWidget(m_preview, 1);
    right->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"exportSave"_s);
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"exportCopy"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    // The Save button is an accept-role button: keep it from closing the dialog before the file exists.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);

    auto *panes = new QHBoxLayout;
    panes->addWidget(left);
    panes->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    resize(1000, 640);

    // Option changes re-render the preview after a short pause (typing words must not re-query per key).
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox *box : {m_format, m_scope, m_speaker, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_words, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_unannotated, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_csvGuard, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
    updatePreview();
}

void ExportDialog::setScope(ScopeChoice scope, const QString &value)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
    if (scope == ScopeChoice::Speaker)
        m_speaker->setCurrentText(value);
    else if (scope == ScopeChoice::Tag)
        m_tag->setCurrentText(value);
    else if (scope == ScopeChoice::Matching)
        m_words->setText(value);
    updatePreview();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

Result<ExportScope> ExportDialog::scope() const
{
    ExportScope scope;
    switch (ScopeChoice(m_scope->currentData().toInt())) {
    case ScopeChoice::CurrentArticle: scope = ExportScope::article(m_context.currentArticle); break;
    case ScopeChoice::SelectedArticles: scope = ExportScope::forArticles(m_context.selectedArticles); break;
    case ScopeChoice::Speaker:
        if (m_speaker->currentText().isEmpty())
            return Error{tr("The library has no speakers yet: tag a quote's speaker first.")};
        scope = ExportScope::bySpeaker(m_speaker->currentText());
        break;
    case ScopeChoice::Tag:
        if (m_tag->currentText().isEmpty())
            return Error{tr("The library has no tags yet.")};
        scope = ExportScope::byTag(m_tag->currentText());
        break;
    case ScopeChoice::Matching: {
        auto ids = articlesMatchingPhrase(m_library.database(), m_words->text());
        if (!ids)
            return Error{ids.error()};
        if (ids->isEmpty())
            return Error{tr("No article contains “%1”.").arg(m_words->text().simplified())};
        scope = ExportScope::forArticles(*ids);
        break;
    }
    case ScopeChoice::WholeLibrary: scope = ExportScope::wholeLibrary(); break;
    }
    scope.includeUnannotated = m_unannotated->isChecked();
    scope.withContent = exportNeedsContent(format());
    return scope;
}

void ExportDialog::schedulePreview()
{
    updateControls();
    m_previewTimer->start();
}

void ExportDialog::updateControls()
{
    // Only the rows the chosen scope and format use are shown.
    const ScopeChoice choice = ScopeChoice(m_scope->currentData().toInt());
    m_form->setRowVisible(m_speaker, choice == ScopeChoice::Speaker);
    m_form->setRowVisible(m_tag, choice == ScopeChoice::Tag);
    m_form->setRowVisible(m_words, choice == ScopeChoice::Matching);
    m_form->setRowVisible(m_csvGuard, format() == ExportFormat::Csv);
}

void ExportDialog::showPreview(const QString &text)
{
    // KSyntaxHighlighting re-highlights the blocks after an edited one from a queued call that holds
    // a QTextBlock; replacing the text under it leaves that block dangling (a crash when the call
    // runs). A new highlighter for each text drops the old one's pending calls with it.
    const KSyntaxHighlighting::Definition definition = m_highlighter->definition();
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    delete m_highlighter;
    m_preview->setPlainText(text);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_highlighter->setTheme(theme);
    m_highlighter->setDefinition(definition);
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    updateControls();
    const KSyntaxHighlighting::Definition definition = m_repository.definitionForFileName(previewFileName(format()));
    m_highlighter->setDefinition(definition);
    const auto chosen = scope();
    if (!chosen) {
        showPreview({});
        showProblem(chosen.error());
        return;
    }
    PreviewCollector collector(PreviewArticles);
    const Status read = ExportReader(m_library.database()).read(*chosen, collector);
    if (!read && !collector.truncated()) {
        showPreview({});
        showProblem(read.error());
        return;
    }
    ExportOptions options;
    options.csvFormulaGuard = m_csvGuard->isChecked();
    // A PDF is laid out from the HTML export: the preview shows that HTML.
    const ExportFormat shown = format() == ExportFormat::Pdf ? ExportFormat::Html : format();
    showPreview(QString::fromUtf8(renderExport(shown, collector.bundle(), options)));
    const qsizetype articles = collector.bundle().articles.size();
    QString status = collector.truncated() ? tr("Preview of the first %n article(s); saving writes them all.", nullptr, int(articles))
                                           : tr("%n article(s).", nullptr, int(articles));
    if (format() == ExportFormat::Pdf)
        status += u' ' + tr("The PDF is laid out from this HTML.");
    m_status->setText(status);
    m_save->setEnabled(articles > 0);
    m_copy->setEnabled(articles > 0 && format() != ExportFormat::Pdf);
}

void ExportDialog::showProblem(const QString &message)
{
    m_status->setText(message);
    m_save->setEnabled(false);
    m_copy->setEnabled(false);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::previewDefinitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

bool ExportDialog::copyToClipboard()
{
    const auto chosen = scope();
    if (!chosen) {
        showProblem(chosen.error());
        return false;
    }
    ExportOptions options;
    options.csvFormulaGuard = m_csvGuard->isChecked();
    // A whole library takes seconds: render it on a worker, as saving does, and wait here with the
    // window still painting (Save and Copy are off meanwhile).
    m_save->setEnabled(false);
    m_copy->setEnabled(false);
    m_status->setText(tr("Copying…"));
    QFutureWatcher<std::pair<Status, QByteArray>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<std::pair<Status, QByteArray>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([libraryPath = m_library.path(), format = format(), scope = *chosen, options] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Status written = exportInOwnConnection(libraryPath, format, scope, options, &buffer);
        return std::pair<Status, QByteArray>(std::move(written), std::move(bytes));
    }));
    if (!watcher.isFinished())
        loop.exec();
    m_save->setEnabled(true);
    m_copy->setEnabled(true);
    const auto [written, bytes] = watcher.result();
    if (!written) {
        showProblem(written.error());
        return false;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(bytes));
    m_status->setText(tr("Copied to the clipboard."));
    return true;
}

void ExportDialog::chooseFileAndSave()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/gloss-notes."_s
                              + exportFileSuffix(format());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Export"), suggested,
                                                      tr("%1 (*.%2)").arg(m_format->currentText(), exportFileSuffix(format())));
    if (!path.isEmpty())
        startSave(path);
}

bool ExportDialog::startSave(const QString &path)
{
    const auto chosen = scope();
    if (!chosen) {
        showProblem(chosen.error());
        return false;
    }
    ExportOptions options;
    options.csvFormulaGuard = m_csvGuard->isChecked();
    m_savingPath = path;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving %1…").arg(path));
    // The whole library can take seconds: read it through a connection of the worker's own, so the
    // window stays live, and write through QSaveFile, so the file is complete or not there at all.
    m_saving.setFuture(QtConcurrent::run([libraryPath = m_library.path(), format = format(), scope = *chosen, options, path] {
        return saveExport(path, [&](QIODevice *device) { return exportInOwnConnection(libraryPath, format, scope, options, device); });
    }));
    return true;
}

void ExportDialog::reject()
{
    // Closing while a file is being written would wait for it with the window frozen: close when
    // it is done instead.
    if (m_saving.isRunning()) {
        m_closeWhenSaved = true;
        m_status->setText(tr("Closing once %1 is written…").arg(m_savingPath));
        return;
    }
    QDialog::reject();
}

void ExportDialog::saveFinished()
{
    m_save->setEnabled(true);
    if (std::exchange(m_closeWhenSaved, false)) {
        const Status saved = m_saving.result();
        if (!saved)
            QMessageBox::warning(this, tr("Export Notes"), tr("%1 was not written: %2").arg(m_savingPath, saved.error()));
        QDialog::reject();
        return;
    }
    const Status saved = m_saving.result();
    if (!saved) {
        m_status->setText(saved.error());
        QMessageBox::warning(this, tr("Export Notes"), tr("%1 was not written: %2").arg(m_savingPath, saved.error()));
        return;
    }
    m_status->setText(tr("Saved %1.").arg(m_savingPath));
}

bool ExportDialog::saveTo(const QString &path)
{
    if (!startSave(path))
        return false; // refused before starting (the message is shown)
    QEventLoop loop;
    connect(&m_saving, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    if (!m_saving.isFinished())
        loop.exec();
    return m_saving.result().ok();
}

} // namespace gloss::ui
