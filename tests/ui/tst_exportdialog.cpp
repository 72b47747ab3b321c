// The export dialog driven like a user (offscreen, real widgets): the preview follows format and
// scope, is highlighted with the format's KSyntaxHighlighting definition, stops at the first articles
// of a big scope, explains an empty choice; Save writes the whole export through QSaveFile on a worker
// thread; Copy puts it on the clipboard; the window's File menu opens it.
#include "ui/ExportDialog.h"
#include "ui/MainWindow.h"

#include "annotation/AnnotationStore.h"
#include "annotation/SpeakerStore.h"
#include "store/ArticleStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace gloss;
using Scope = ui::ExportDialog::ScopeChoice;

class TestExportDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    QList<qint64> m_articles;

    Database &db() { return m_library->database(); }

    qint64 addArticle(int n)
    {
        ArticleInput in;
        in.sourceKey = u"test:story-%1"_s.arg(n);
        in.title = u"Story %1, about the harbour"_s.arg(n);
        in.text = u"\"We will rebuild the pier,\" said Ada Quist. Story %1."_s.arg(n);
        in.html = u"<p>"_s + in.text.toHtmlEscaped() + u"</p>"_s;
        in.published = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::UTC).addDays(n);
        return ArticleStore(db()).save(in).value().id;
    }

    void quote(qint64 article, qint64 speaker, const QString &comment)
    {
        const QString exact = u"We will rebuild the pier,"_s;
        Annotation a;
        a.articleId = article;
        a.kind = AnnotationKind::Quote;
        a.selectors.position = {1, int(1 + exact.size())};
        a.selectors.quote.exact = exact;
        a.speakerId = speaker;
        a.quoteKind = QuoteKind::Direct;
        a.comment = comment;
        a.tags = {u"harbour"_s};
        QVERIFY(AnnotationStore(db()).create(a).ok());
    }

    std::unique_ptr<ui::ExportDialog> dialog(qint64 current = 0, const QList<qint64> &selected = {})
    {
        auto d = std::make_unique<ui::ExportDialog>(*m_library, m_repository, ui::ExportDialog::Context{current, selected});
        d->show();
        return d;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        m_articles.clear();
        Speaker ada;
        ada.name = u"Ada Quist"_s;
        ada.aliases = {u"Quist"_s};
        const qint64 speaker = SpeakerStore(db()).create(ada).value();
        // 25 annotated articles: more than the preview shows.
        for (int n = 1; n <= 25; ++n) {
            m_articles << addArticle(n);
            quote(m_articles.last(), speaker, u"Comment *%1*"_s.arg(n));
        }
    }

    void previewFollowsFormatAndScope()
    {
        auto d = dialog(m_articles.first());
        d->setScope(Scope::CurrentArticle);
        d->setFormat(ExportFormat::Markdown);
        QVERIFY2(d->previewText().contains(u"We will rebuild the pier"_s), qPrintable(d->previewText()));
        QVERIFY(d->previewText().contains(u"Ada Quist"_s));
        QCOMPARE(d->previewDefinitionName(), u"Markdown"_s);
        QVERIFY(d->previewText().startsWith(u"---"_s)); // front matter

        d->setFormat(ExportFormat::Json);
        QCOMPARE(d->previewDefinitionName(), u"JSON"_s);
        const QJsonDocument json = QJsonDocument::fromJson(d->previewText().toUtf8());
        QVERIFY(json.isObject());
        QCOMPARE(json[u"format"_s].toString(), u"gloss-notes"_s);

        d->setFormat(ExportFormat::Html);
        QCOMPARE(d->previewDefinitionName(), u"HTML"_s);
        QVERIFY(d->previewText().contains(u"<blockquote"_s));
        QVERIFY(!d->previewText().contains(u"<script"_s));

        // Quotes by a speaker, chosen by name: every article has one.
        d->setFormat(ExportFormat::Csv);
        QVERIFY2(!d->previewDefinitionName().isEmpty(), "no KSyntaxHighlighting definition for CSV");
        d->setScope(Scope::Speaker, u"Ada Quist"_s);
        QCOMPARE(d->scope().value().speaker, u"Ada Quist"_s);
        // The preview stops at the first articles and says so; the header row plus one row each.
        QCOMPARE(d->previewText().trimmed().split(u'\n').size(), 1 + ui::ExportDialog::PreviewArticles);
        QVERIFY(d->findChild<QLabel *>(u"exportStatus"_s)->text().contains(u"first"_s));
    }

    void emptyChoicesAreExplained()
    {
        auto d = dialog();
        d->setScope(Scope::Matching, u"zeppelin"_s);
        QVERIFY(!d->scope().ok());
        QVERIFY(d->findChild<QLabel *>(u"exportStatus"_s)->text().contains(u"zeppelin"_s));
        QVERIFY(!d->findChild<QPushButton *>(u"exportSave"_s)->isEnabled());
        QVERIFY(d->previewText().isEmpty());
        // "Current article" is not offered when nothing is being read.
        QCOMPARE(d->findChild<QComboBox *>(u"exportScope"_s)->findData(int(Scope::CurrentArticle)), -1);
    }

    void saveWritesEverything()
    {
        auto d = dialog();
        d->setFormat(ExportFormat::Csv);
        d->setScope(Scope::WholeLibrary);
        const QString path = m_dir->filePath(u"notes.csv"_s);
        QVERIFY(d->saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 25); // all of them, not just the preview's

        d->setFormat(ExportFormat::Pdf);
        const QString pdf = m_dir->filePath(u"notes.pdf"_s);
        QVERIFY(d->saveTo(pdf));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
    }

    void copyPutsTheWholeExportOnTheClipboard()
    {
        auto d = dialog(0, {m_articles.at(0), m_articles.at(1)});
        d->setFormat(ExportFormat::Markdown);
        d->setScope(Scope::SelectedArticles);
        QVERIFY(d->copyToClipboard());
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(u"Story 1, about the harbour"_s));
        QVERIFY(copied.contains(u"Story 2, about the harbour"_s));
        QVERIFY(!copied.contains(u"Story 3, about the harbour"_s));
    }

    void fileMenuOpensIt()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        auto *action = w.findChild<QAction *>(u"exportNotesAction"_s);
        QVERIFY(action);
        bool opened = false;
        QTimer::singleShot(0, &w, [&opened] {
            for (int tries = 0; tries < 300 && !opened; ++tries) {
                if (auto *d = qobject_cast<ui::ExportDialog *>(QApplication::activeModalWidget())) {
                    opened = true;
                    d->reject();
                    return;
                }
                QTest::qWait(10);
            }
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
