// Writes the sanitiser's output: a small, fixed content model that an HTML parser reads back into
// exactly the same structure (that is what makes sanitising idempotent).
//
//   flow (top level, blockquote, figure): p h1-h6 blockquote ul ol pre figure figcaption table hr img
//   list (ul, ol):                          li
//   item (li):                              inline content, then blocks; later inline runs go in <p>
//   phrasing (p, h*, figcaption, caption, td, th) and pre: text, em strong code a img br
//   table: tr caption; row (tr): td th
//
// The sanitiser reports what it meets (text, inline elements, blocks, boundaries of unknown blocks)
// and the writer keeps the model: loose inline content in a flow gets an implicit <p> (in a list an
// implicit <li>); an inline element that spans a block boundary (<a><div>..</div></a>) is closed
// before the boundary and reopened after it, the way browsers reconstruct formatting; white space
// outside <pre> is collapsed to single spaces and trimmed; empty inline elements are never written.
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace gloss {

class CleanHtmlWriter {
public:
    enum class Frame { Flow, List, Item, Phrasing, Pre, Table, Row };

    CleanHtmlWriter();

    // The container the sanitiser is in (an implicit <p> is not one: it is the writer's business).
    Frame current() const;

    // An explicit block element; the caller has checked that it fits current().
    void openBlock(QLatin1StringView tag, Frame kind, const QString &attributes = {});
    void closeBlock();
    // <li> closes any implicit item first; false (nothing opened) when not inside a list.
    bool openListItem();
    // A list directly inside a list (invalid but common) goes into an implicit <li>.
    void openImplicitItem();

    // Inline formatting, e.g. (u"<em>"_s, "</em>"_L1); written lazily when content arrives.
    void openInline(const QString &openTag, QLatin1StringView closeTag);
    void closeInline();

    void text(QStringView text);
    void image(const QString &markup); // a complete <img ...>
    void lineBreak();                  // <br>
    void rule();                       // <hr>
    // The edge of an element that is not kept but separates blocks (div, section, unknown li ...).
    void boundary();

    QString finish();

private:
    struct InlineTag {
        quint64 id;
        QString open;
        QLatin1StringView close;
    };
    struct FrameState {
        FrameState(Frame k, QLatin1StringView t)
            : kind(k)
            , tag(t)
        {
        }
        Frame kind;
        QLatin1StringView tag;
        bool implicit = false;
        bool brSplits = false;    // <br> is kept (splits the block) rather than turned into a space
        bool runOpen = false;     // Item: inline content written directly into the <li>
        bool hadBlock = false;    // Item: a block came before, so further inline runs get a <p>
        bool atStart = true;      // nothing written yet in this frame/run: leading white space dropped
        bool pendingSpace = false;
        QChar last;               // Pre: last character written
        QList<InlineTag> emitted; // inline tags currently open in the output for this frame
    };

    void push(Frame kind, QLatin1StringView tag, bool implicit, const QString &attributes = {});
    void pop();
    bool ensureRun();   // makes room for inline content; false where none is allowed (table, row)
    void closeRun();    // ends the current inline run (implicit <p>, or the run inside an <li>)
    void closeImplicit(); // closeRun() plus implicit <li>s
    // Bring the output's open inline tags in line with the wanted ones: first close what is no longer
    // wanted, then open what is missing.
    void closeUnwanted();
    void openWanted();
    void closeEmitted(FrameState &frame);
    void writePendingSpace();
    // The rest of a text node once its first character is written (see text()).
    void appendSettledText(QStringView text);
    bool acceptsText() const;

    QString m_out;
    QList<FrameState> m_frames;
    QList<InlineTag> m_wanted;
    quint64 m_nextInlineId = 1;
};

} // namespace gloss
