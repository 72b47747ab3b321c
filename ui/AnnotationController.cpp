#include "AnnotationController.h"

#include "CommentEditor.h"
#include "QuoteDialog.h"
#include "ReaderTiming.h"
#include "ReaderView.h"
#include "TagsDialog.h"

#include "annotation/AnnotationCommands.h"
#include "annotation/AnnotationStore.h"
#include "annotation/LabelStore.h"
#include "annotation/Palette.h"
#include "annotation/SpeakerStore.h"
#include "models/AnnotationListModel.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {
const auto LoadAnnotationsEvent = QEvent::Type(QEvent::registerEventType());

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(colour));
    p.setPen(QColor(colour).darker(140));
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

AnnotationController::AnnotationController(Database &db, KSyntaxHighlighting::Repository &repository, ReaderTextView *reader,
                                           QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_repository(repository)
    , m_reader(reader)
    , m_dialogParent(dialogParent)
    , m_store(std::make_unique<AnnotationStore>(db))
    , m_events(new AnnotationEvents(this))
    , m_model(new AnnotationListModel(*m_store, this))
    , m_undo(new QUndoStack(this))
{
    createActions();
    connect(m_events, &AnnotationEvents::annotationsChanged, this, &AnnotationController::refresh);
    connect(m_events, &AnnotationEvents::speakersChanged, this, [this] { refresh(0); });
    connect(m_events, &AnnotationEvents::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(m_dialogParent, tr("Annotation not saved"), message);
    });
    connect(m_reader, &QTextEdit::selectionChanged, this, &AnnotationController::updateActions);
    connect(m_reader, &ReaderTextView::annotationClicked, this, [this](qint64 id) { selectAnnotation(id, false); });
    updateActions();
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::createActions()
{
    m_highlight = new QAction(tr("&Highlight"), this);
    m_highlight->setShortcut(Qt::Key_H);
    m_highlight->setToolTip(tr("Highlight the selected text (H)"));
    connect(m_highlight, &QAction::triggered, this, [this] { highlightSelection(m_color); });

    m_comment = new QAction(tr("&Comment…"), this);
    m_comment->setShortcut(Qt::Key_C);
    connect(m_comment, &QAction::triggered, this, &AnnotationController::commentOnSelection);

    m_quote = new QAction(tr("&Quote and Speaker…"), this);
    m_quote->setShortcut(Qt::Key_Q);
    connect(m_quote, &QAction::triggered, this, &AnnotationController::quoteSelection);

    m_tags = new QAction(tr("&Tags…"), this);
    m_tags->setShortcut(Qt::Key_T);
    connect(m_tags, &QAction::triggered, this, &AnnotationController::tagSelection);

    m_delete = new QAction(tr("&Delete Annotation"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, [this] { remove(m_selected); });

    m_colors = new QActionGroup(this);
    for (const HighlightColor &c : highlightPalette()) {
        auto *action = new QAction(swatch(c.light), c.label, m_colors);
        action->setCheckable(true);
        action->setChecked(c.name == m_color);
        action->setData(c.name);
        action->setToolTip(tr("Highlight in %1").arg(c.label.toLower()));
    }
    connect(m_colors, &QActionGroup::triggered, this, [this](QAction *action) {
        m_color = action->data().toString();
        // With text selected a colour highlights it; with an annotation selected it recolours it.
        if (m_reader->selectedRange())
            highlightSelection(m_color);
        else if (m_selected)
            recolor(m_selected, m_color);
    });
    for (QAction *a : {m_highlight, m_comment, m_quote, m_tags, m_delete})
        a->setShortcutContext(Qt::WindowShortcut);
}

QList<QAction *> AnnotationController::colorActions() const
{
    return m_colors->actions();
}

void AnnotationController::fillMenu(QMenu *menu) const
{
    menu->addAction(m_highlight);
    QMenu *colours = menu->addMenu(tr("Highlight &Colour"));
    colours->addActions(m_colors->actions());
    menu->addAction(m_comment);
    menu->addAction(m_quote);
    menu->addAction(m_tags);
    menu->addSeparator();
    menu->addAction(m_delete);
}

void AnnotationController::updateActions()
{
    const bool hasText = m_articleId && m_reader->selectedRange().has_value();
    const bool hasAnnotation = m_articleId && m_selected;
    m_highlight->setEnabled(hasText);
    m_comment->setEnabled(hasText || hasAnnotation);
    m_quote->setEnabled(hasText || hasAnnotation);
    m_tags->setEnabled(hasText || hasAnnotation);
    m_delete->setEnabled(hasAnnotation);
}

void AnnotationController::setArticle(qint64 articleId, const QString &text)
{
    m_articleId = articleId;
    m_text = text;
    m_selected = 0;
    m_reader->setSelectedAnnotation(0);
    if (!articleId) {
        m_model->setArticle(0);
        m_reader->setAnnotations({});
        updateActions();
        Q_EMIT articleChanged(0, {});
        return;
    }
    // The reader needs only where and in which colour to draw. Quotes, comments, speakers, tags
    // and the panel's list (~10 ms for 1,000 annotations) follow as soon as the article has been
    // painted: the event is posted below the priority of Qt's pending repaint, so it comes after.
    StepTimer steps;
    auto placements = m_store->placementsForArticle(articleId);
    // On a read error the reader draws nothing for a moment; the full load reports the error.
    m_reader->setAnnotations(placements ? *placements : QList<Annotation>());
    m_model->setArticleUnloaded(articleId);
    QCoreApplication::postEvent(this, new QEvent(LoadAnnotationsEvent), Qt::LowEventPriority - 1);
    updateActions();
    Q_EMIT articleChanged(articleId, text);
    qCDebug(lcTiming, "annotations: %lld placements for the reader %.1f ms", qlonglong(placements ? placements->size() : 0), steps.lap());
}

bool AnnotationController::event(QEvent *event)
{
    if (event->type() == LoadAnnotationsEvent) {
        ensureLoaded();
        return true;
    }
    return QObject::event(event);
}

void AnnotationController::ensureLoaded()
{
    if (m_model->isLoaded())
        return;
    StepTimer steps;
    m_model->reload();
    // The full rows: the reader's tooltips show comments, speakers and tags.
    m_reader->setAnnotations(m_model->annotations());
    qCDebug(lcTiming, "annotations: panel model and tooltips loaded, %d rows, %.1f ms", m_model->rowCount(), steps.lap());
}

void AnnotationController::reload()
{
    if (m_articleId)
        refresh(m_articleId);
}

void AnnotationController::refresh(qint64 articleId)
{
    if (articleId != 0 && articleId != m_articleId) {
        Q_EMIT annotationsChanged();
        return;
    }
    m_model->reload();
    m_reader->setAnnotations(m_model->annotations());
    if (m_model->rowForId(m_selected) < 0)
        m_selected = 0;
    m_reader->setSelectedAnnotation(m_selected);
    updateActions();
    Q_EMIT annotationsChanged();
}

void AnnotationController::selectAnnotation(qint64 id, bool scrollReader)
{
    ensureLoaded();
    m_selected = m_model->rowForId(id) >= 0 ? id : 0;
    m_reader->setSelectedAnnotation(m_selected);
    if (scrollReader && m_selected) {
        const auto a = annotation(m_selected);
        if (a && a->status != AnchorStatus::Orphan) {
            // Select its text, so it is in view and ready for copying.
            m_reader->selectRange(a->start(), a->end());
        }
    }
    updateActions();
}

std::optional<Annotation> AnnotationController::annotation(qint64 id)
{
    ensureLoaded();
    for (const Annotation &a : m_model->annotations())
        if (a.id == id)
            return a;
    return std::nullopt;
}

std::optional<Annotation> AnnotationController::draftFromSelection(AnnotationKind kind) const
{
    const auto range = m_reader->selectedRange();
    if (!m_articleId || !range)
        return std::nullopt;
    // Trim white space at the ends of the selection: double-click-and-drag often catches a space.
    int start = range->first, end = range->second;
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return std::nullopt;
    Annotation a;
    a.articleId = m_articleId;
    a.kind = kind;
    a.color = m_color;
    a.selectors = captureSelectors(m_text, start, end);
    return a;
}

qint64 AnnotationController::push(Annotation draft)
{
    auto created = std::make_shared<qint64>(0);
    m_undo->push(new CreateAnnotationCommand(m_db, *m_events, std::move(draft), created));
    const qint64 id = *created;
    if (id) {
        // The new annotation replaces the text selection as what the next action applies to.
        QTextCursor cursor = m_reader->textCursor();
        cursor.clearSelection();
        m_reader->setTextCursor(cursor);
        selectAnnotation(id, false);
    }
    return id;
}

qint64 AnnotationController::highlightSelection(const QString &color)
{
    auto draft = draftFromSelection(AnnotationKind::Highlight);
    if (!draft)
        return 0;
    draft->color = color;
    return push(*draft);
}

void AnnotationController::commentOnSelection()
{
    if (auto draft = draftFromSelection(AnnotationKind::Comment)) {
        CommentEditor editor(m_repository, draft->exact(), {}, m_dialogParent);
        if (editor.exec() != QDialog::Accepted)
            return;
        draft->comment = editor.comment();
        push(*draft);
    } else if (m_selected) {
        editComment(m_selected);
    }
}

void AnnotationController::editComment(qint64 id)
{
    const auto before = annotation(id);
    if (!before)
        return;
    CommentEditor editor(m_repository, before->exact(), before->comment, m_dialogParent);
    if (editor.exec() != QDialog::Accepted || editor.comment() == before->comment)
        return;
    Annotation after = *before;
    after.comment = editor.comment();
    if (after.kind == AnnotationKind::Highlight && !after.comment.isEmpty())
        after.kind = AnnotationKind::Comment;
    m_undo->push(new EditAnnotationCommand(m_db, *m_events, *before, after, tr("Edit comment")));
}

void AnnotationController::quoteSelection()
{
    if (auto draft = draftFromSelection(AnnotationKind::Quote)) {
        auto speakers = SpeakerStore(m_db).all();
        QuoteDialog dialog(speakers ? *speakers : QList<Speaker>(), draft->exact(), m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        draft->quoteKind = dialog.quoteKind();
        draft->verb = dialog.verb();
        // A new speaker and the quote are one step for Undo.
        m_undo->beginMacro(tr("Add quote"));
        if (!dialog.speakerText().isEmpty()) {
            if (const auto existing = dialog.existingSpeaker()) {
                draft->speakerId = *existing;
            } else {
                auto created = std::make_shared<qint64>(0);
                m_undo->push(new CreateSpeakerCommand(m_db, *m_events, dialog.newSpeaker(), created));
                draft->speakerId = *created;
            }
        }
        push(*draft);
        m_undo->endMacro();
    } else if (m_selected) {
        editQuote(m_selected);
    }
}

void AnnotationController::editQuote(qint64 id)
{
    const auto before = annotation(id);
    if (!before)
        return;
    auto speakers = SpeakerStore(m_db).all();
    QuoteDialog dialog(speakers ? *speakers : QList<Speaker>(), before->exact(), m_dialogParent);
    dialog.setSpeakerName(before->speakerName);
    if (before->quoteKind != QuoteKind::None)
        dialog.setQuoteKind(before->quoteKind);
    dialog.setVerb(before->verb);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation after = *before;
    after.kind = AnnotationKind::Quote;
    after.quoteKind = dialog.quoteKind();
    after.verb = dialog.verb();
    m_undo->beginMacro(tr("Edit quote"));
    after.speakerId = 0;
    if (!dialog.speakerText().isEmpty()) {
        if (const auto existing = dialog.existingSpeaker()) {
            after.speakerId = *existing;
        } else {
            auto created = std::make_shared<qint64>(0);
            m_undo->push(new CreateSpeakerCommand(m_db, *m_events, dialog.newSpeaker(), created));
            after.speakerId = *created;
        }
    }
    m_undo->push(new EditAnnotationCommand(m_db, *m_events, *before, after, tr("Edit quote")));
    m_undo->endMacro();
}

void AnnotationController::tagSelection()
{
    if (auto draft = draftFromSelection(AnnotationKind::Highlight)) {
        QStringList known;
        if (auto labels = LabelStore(m_db).all())
            for (const LabelInfo &l : *labels)
                known << l.name;
        TagsDialog dialog(known, {}, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        draft->tags = dialog.tags();
        push(*draft);
    } else if (m_selected) {
        editTags(m_selected);
    }
}

void AnnotationController::editTags(qint64 id)
{
    const auto before = annotation(id);
    if (!before)
        return;
    QStringList known;
    if (auto labels = LabelStore(m_db).all())
        for (const LabelInfo &l : *labels)
            known << l.name;
    TagsDialog dialog(known, before->tags, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Annotation after = *before;
    after.tags = dialog.tags();
    m_undo->push(new EditAnnotationCommand(m_db, *m_events, *before, after, tr("Edit tags")));
}

void AnnotationController::recolor(qint64 id, const QString &color)
{
    const auto before = annotation(id);
    if (!before || before->color == color)
        return;
    Annotation after = *before;
    after.color = color;
    m_undo->push(new EditAnnotationCommand(m_db, *m_events, *before, after, tr("Change colour")));
}

void AnnotationController::remove(qint64 id)
{
    const auto a = annotation(id);
    if (!a)
        return;
    m_undo->push(new DeleteAnnotationCommand(m_db, *m_events, *a));
}

} // namespace gloss::ui
